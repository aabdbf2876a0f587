import type { YieldToUi } from './types'

// src/core declares no timers (it targets plain ES), but every place it runs has setTimeout.
const timers = globalThis as { setTimeout?: (callback: () => void, ms: number) => unknown }

/** Resolves in a later task, so the window can paint and take a click (Cancel) meanwhile. */
export const nextTask: YieldToUi = () =>
  new Promise((resolve) => (timers.setTimeout ? timers.setTimeout(resolve, 0) : resolve()))

/**
 * A function to call between pieces of work: it yields once a slice of `ms` has passed, so a long
 * read or write never holds the main thread for long, without paying for a yield every time.
 */
export function timeSlicer(yieldToUi: YieldToUi = nextTask, ms = 25): () => Promise<void> {
  let since = Date.now()
  return async () => {
    if (Date.now() - since < ms) return
    await yieldToUi()
    since = Date.now()
  }
}
