import { EventEmitter } from 'node:events'
import type { BrowserWindowConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { createMainWindow, trackWindowState, type MainWindowLike } from './main-window'
import type { WindowState } from './window-state'

class FakeWindow extends EventEmitter implements MainWindowLike {
  static created: FakeWindow[] = []
  readonly maximize = vi.fn()
  readonly show = vi.fn()
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super()
    FakeWindow.created.push(this)
  }
  getNormalBounds() {
    return { x: 5, y: 6, width: 1000, height: 700 }
  }
  isMaximized() {
    return true
  }
}

function create(state: WindowState, isPackaged = true) {
  return createMainWindow({
    BrowserWindow: FakeWindow,
    preloadPath: '/app/out/preload/index.cjs',
    state,
    isPackaged,
    onStateChange: vi.fn(),
  })
}

const restored = { x: 40, y: 30, width: 1200, height: 800, isMaximized: false }

describe('createMainWindow', () => {
  it('isolates and sandboxes the renderer, with no Node anywhere', () => {
    const { options } = create(restored)
    expect(options.webPreferences).toEqual({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: true,
      devTools: false,
    })
  })

  it('keeps DevTools for development only', () => {
    expect(create(restored, false).options.webPreferences?.devTools).toBe(true)
  })

  it('restores size and position, hidden until painted, never below the minimum size', () => {
    expect(create(restored).options).toMatchObject({
      x: 40,
      y: 30,
      width: 1200,
      height: 800,
      show: false,
      minWidth: 900,
      minHeight: 600,
    })
  })

  it('lets the OS place a window with no remembered position', () => {
    expect(create({ width: 1200, height: 800, isMaximized: false }).options).not.toHaveProperty('x')
  })

  it('shows the window on ready-to-show, maximised if it was', () => {
    const win = create({ ...restored, isMaximized: true })
    expect(win.show).not.toHaveBeenCalled()
    win.emit('ready-to-show')
    expect(win.maximize).toHaveBeenCalledOnce()
    expect(win.show).toHaveBeenCalledOnce()
  })
})

describe('trackWindowState', () => {
  it('reports the restorable bounds on every change', () => {
    const win = new FakeWindow({})
    const onChange = vi.fn()
    trackWindowState(win, onChange)

    for (const event of ['resize', 'move', 'maximize', 'unmaximize', 'close']) win.emit(event)

    expect(onChange).toHaveBeenCalledTimes(5)
    expect(onChange).toHaveBeenLastCalledWith({
      x: 5,
      y: 6,
      width: 1000,
      height: 700,
      isMaximized: true,
    })
  })
})
