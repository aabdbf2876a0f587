import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createWindowStateStore } from './window-state-store'

const state = { x: 10, y: 20, width: 1200, height: 800, isMaximized: false }
let folder: string
let filePath: string

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'window-state-'))
  filePath = path.join(folder, 'window-state.json')
})
afterEach(async () => {
  vi.useRealTimers()
  await rm(folder, { recursive: true, force: true })
})

describe('window state store', () => {
  it('loads nothing on first start, and nothing from a corrupt file', async () => {
    const store = createWindowStateStore({ filePath })
    await expect(store.load()).resolves.toBeNull()
    await writeFile(filePath, '{"width": "wide"')
    await expect(store.load()).resolves.toBeNull()
  })

  it('writes once after a burst of changes, then loads what it wrote', async () => {
    vi.useFakeTimers()
    const writes: string[] = []
    const store = createWindowStateStore({
      filePath,
      debounceMs: 500,
      writeFile: async (target, text) => {
        writes.push(text)
        await writeFile(target, text)
      },
    })
    for (let width = 1000; width <= 1200; width += 50) store.save({ ...state, width })
    expect(writes).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(500)
    expect(writes).toHaveLength(1)
    vi.useRealTimers()
    // The timer has started the write; the file is there once the write in flight ends.
    await store.flush()
    expect(writes).toHaveLength(1)
    await expect(store.load()).resolves.toEqual(state)
  })

  it('writes pending state immediately on flush', async () => {
    const store = createWindowStateStore({ filePath, debounceMs: 60_000 })
    store.save(state)
    await store.flush()
    expect(JSON.parse(await readFile(filePath, 'utf8'))).toEqual(state)
  })

  it('swallows and reports a failed write: a window size is not worth a crash', async () => {
    const logError = vi.fn()
    const store = createWindowStateStore({
      filePath: path.join(folder, 'missing-folder', 'window-state.json'),
      logError,
    })
    store.save(state)
    await expect(store.flush()).resolves.toBeUndefined()
    expect(logError).toHaveBeenCalledOnce()
  })
})
