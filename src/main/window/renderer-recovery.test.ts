import { EventEmitter } from 'node:events'
import type { MessageBoxOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { installRendererRecovery, type RecoverableWindow } from './renderer-recovery'

const START = 'app://workbook/index.html'

class FakeContents extends EventEmitter {
  readonly loadURL = vi.fn(async (_url: string) => {})
  readonly forcefullyCrashRenderer = vi.fn(() => {
    this.emit('render-process-gone', {}, { reason: 'killed', exitCode: 0 })
  })
  navigateInPage(url: string, isMainFrame = true): void {
    this.emit('did-navigate-in-page', {}, url, isMainFrame)
  }
}

class FakeWindow extends EventEmitter implements RecoverableWindow {
  readonly webContents = new FakeContents()
  destroyed = false
  readonly close = vi.fn()
  readonly destroy = vi.fn()
  isDestroyed(): boolean {
    return this.destroyed
  }
}

/** A message box the test answers, as the user would, by the label of a button. */
function fakeDialogs() {
  const shown: Array<{ options: MessageBoxOptions; answer(label: string): void }> = []
  const showMessageBox = (options: MessageBoxOptions) =>
    new Promise<{ response: number }>((resolve) => {
      const entry = {
        options,
        answer: (label: string) => resolve({ response: options.buttons!.indexOf(label) }),
      }
      shown.push(entry)
      // Electron answers an aborted box as canceled: with its cancelId.
      options.signal?.addEventListener('abort', () => resolve({ response: options.cancelId ?? 0 }))
    })
  return { shown, showMessageBox }
}

// Lets the dialog's answer and the handlers chained on it run.
const settle = () => new Promise<void>((resolve) => setImmediate(resolve))

function setUp() {
  const win = new FakeWindow()
  const dialogs = fakeDialogs()
  installRendererRecovery(win, { showMessageBox: dialogs.showMessageBox, startUrl: START })
  return { win, contents: win.webContents, dialogs }
}

describe('installRendererRecovery: a renderer that crashes', () => {
  it('says what happened and reloads into the screen the user was on', async () => {
    const { win, contents, dialogs } = setUp()
    contents.navigateInPage(`${START}#/audits/a1/interview/s35`)

    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 })

    expect(dialogs.shown).toHaveLength(1)
    const { options } = dialogs.shown[0]!
    expect(options.message).toBe('The Audit Workbook window stopped unexpectedly.')
    expect(options.detail).toMatch(/Everything you typed up to now is kept/)
    expect(options.buttons).toEqual(['Reload', 'Close'])
    dialogs.shown[0]!.answer('Reload')
    await settle()
    expect(contents.loadURL).toHaveBeenCalledExactlyOnceWith(`${START}#/audits/a1/interview/s35`)
    expect(win.close).not.toHaveBeenCalled()
  })

  it.each([
    ['oom', 'The Audit Workbook window ran out of memory.'],
    ['killed', 'The Audit Workbook window was stopped by the system.'],
    ['launch-failed', 'The Audit Workbook window could not be started.'],
    ['abnormal-exit', 'The Audit Workbook window stopped unexpectedly.'],
  ])('names the reason %s in words', (reason, message) => {
    const { contents, dialogs } = setUp()
    contents.emit('render-process-gone', {}, { reason, exitCode: 1 })
    expect(dialogs.shown[0]!.options.message).toBe(message)
  })

  it('closes the window when the user chooses Close', async () => {
    const { win, contents, dialogs } = setUp()
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 })
    dialogs.shown[0]!.answer('Close')
    await settle()
    expect(win.close).toHaveBeenCalledOnce()
    expect(contents.loadURL).not.toHaveBeenCalled()
  })

  it('reloads the start page when the window never left it', async () => {
    const { contents, dialogs } = setUp()
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 })
    dialogs.shown[0]!.answer('Reload')
    await settle()
    expect(contents.loadURL).toHaveBeenCalledWith(START)
  })

  it('remembers only main-frame locations of the app’s own origin', async () => {
    const { contents, dialogs } = setUp()
    contents.navigateInPage(`${START}#/library`)
    contents.navigateInPage(`${START}#/frame`, false)
    contents.navigateInPage('https://attacker.example/#/audits')
    contents.emit('did-navigate', {}, 'file:///etc/passwd')
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 })
    dialogs.shown[0]!.answer('Reload')
    await settle()
    expect(contents.loadURL).toHaveBeenCalledWith(`${START}#/library`)
  })

  it('stays quiet when the renderer exits cleanly, as it does when the app shuts down', () => {
    const { contents, dialogs } = setUp()
    contents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 })
    expect(dialogs.shown).toHaveLength(0)
    expect(contents.loadURL).not.toHaveBeenCalled()
  })

  it('does nothing for a window already destroyed', () => {
    const { win, contents, dialogs } = setUp()
    win.destroyed = true
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 })
    expect(dialogs.shown).toHaveLength(0)
  })
})

describe('installRendererRecovery: a renderer that hangs', () => {
  it('offers to wait, reload or close', () => {
    const { win, dialogs } = setUp()
    win.emit('unresponsive')
    const { options } = dialogs.shown[0]!
    expect(options.message).toBe('The Audit Workbook window is not responding.')
    expect(options.buttons).toEqual(['Wait', 'Reload', 'Close'])
    expect(options.cancelId).toBe(0)
  })

  it('on Reload, ends the hung renderer and reloads the last screen, without a second dialog', async () => {
    const { win, contents, dialogs } = setUp()
    contents.navigateInPage(`${START}#/audits/a1/findings`)
    win.emit('unresponsive')
    dialogs.shown[0]!.answer('Reload')
    await settle()
    expect(contents.forcefullyCrashRenderer).toHaveBeenCalledOnce()
    expect(contents.loadURL).toHaveBeenCalledExactlyOnceWith(`${START}#/audits/a1/findings`)
    expect(dialogs.shown).toHaveLength(1)
  })

  it('takes its question away when the window responds again', async () => {
    const { win, contents, dialogs } = setUp()
    win.emit('unresponsive')
    win.emit('responsive')
    await settle()
    expect(dialogs.shown[0]!.options.signal?.aborted).toBe(true)
    expect(contents.forcefullyCrashRenderer).not.toHaveBeenCalled()
    expect(contents.loadURL).not.toHaveBeenCalled()
    expect(win.destroy).not.toHaveBeenCalled()

    // A later hang asks again.
    win.emit('unresponsive')
    expect(dialogs.shown).toHaveLength(2)
  })

  it('asks once while the window stays hung', () => {
    const { win, dialogs } = setUp()
    win.emit('unresponsive')
    win.emit('unresponsive')
    expect(dialogs.shown).toHaveLength(1)
  })

  it('on Wait, leaves the window as it is', async () => {
    const { win, contents, dialogs } = setUp()
    win.emit('unresponsive')
    dialogs.shown[0]!.answer('Wait')
    await settle()
    expect(contents.loadURL).not.toHaveBeenCalled()
    expect(win.destroy).not.toHaveBeenCalled()
  })

  it('on Close, closes the window without waiting for the hung page', async () => {
    const { win, dialogs } = setUp()
    win.emit('unresponsive')
    dialogs.shown[0]!.answer('Close')
    await settle()
    expect(win.destroy).toHaveBeenCalledOnce()
  })

  it('replaces the hang question by the crash one when the hung renderer then crashes', async () => {
    const { win, contents, dialogs } = setUp()
    win.emit('unresponsive')
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 })
    expect(dialogs.shown[0]!.options.signal?.aborted).toBe(true)
    expect(dialogs.shown[1]!.options.buttons).toEqual(['Reload', 'Close'])
    // Responsive events no longer close the crash question.
    win.emit('responsive')
    expect(dialogs.shown[1]!.options.signal?.aborted).toBe(false)
    dialogs.shown[1]!.answer('Reload')
    await settle()
    expect(contents.loadURL).toHaveBeenCalledOnce()
  })
})
