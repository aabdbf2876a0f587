import { readFile as fsReadFile } from 'node:fs/promises'
import { writeFileAtomic } from '../files/atomic-write'
import { parseWindowState, type WindowState } from './window-state'

export interface WindowStateStoreOptions {
  filePath: string
  /** Moving or resizing fires dozens of events a second; write once it settles. */
  debounceMs?: number
  readFile?: (filePath: string) => Promise<string>
  writeFile?: (filePath: string, text: string) => Promise<void>
  logError?: (error: unknown) => void
}

export interface WindowStateStore {
  load(): Promise<WindowState | null>
  save(state: WindowState): void
  /** Writes any pending state now; awaited before the app quits. */
  flush(): Promise<void>
}

/** Remembers the window's size and position in a small JSON file, written atomically. */
export function createWindowStateStore(options: WindowStateStoreOptions): WindowStateStore {
  const debounceMs = options.debounceMs ?? 500
  const readFile = options.readFile ?? ((filePath) => fsReadFile(filePath, 'utf8'))
  const writeFile = options.writeFile ?? writeFileAtomic
  let pending: WindowState | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  let writing: Promise<void> = Promise.resolve()

  const write = (): Promise<void> => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    const state = pending
    pending = null
    if (state === null) return writing
    // Chained, so two writes never race to rename over the same file.
    writing = writing
      .then(() => writeFile(options.filePath, `${JSON.stringify(state, null, 2)}\n`))
      .catch((error: unknown) => options.logError?.(error)) // losing a window size is harmless
    return writing
  }

  return {
    async load() {
      try {
        return parseWindowState(await readFile(options.filePath))
      } catch {
        return null // first start, or unreadable: use the defaults
      }
    },
    save(state) {
      pending = state
      if (timer !== undefined) clearTimeout(timer)
      timer = setTimeout(() => void write(), debounceMs)
    },
    flush: write,
  }
}
