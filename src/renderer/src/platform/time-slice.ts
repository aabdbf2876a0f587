import type { YieldToUi } from '@core/archive'

/** Resolves in a later task, so the window can paint and take a click (Cancel) meanwhile. */
export const nextTask: YieldToUi = () => new Promise((resolve) => setTimeout(resolve, 0))

/**
 * A function to call between pieces of work: it yields once a slice of `ms` has passed, so a long
 * read or write never holds the thread for long, without paying for a yield every time. In a
 * worker the turn is what lets a Cancel message in. One slicer per job: its slice starts when it
 * is made.
 */
export function timeSlicer(
  yieldToUi: YieldToUi = nextTask,
  ms = 25,
  now: () => number = Date.now,
): YieldToUi {
  let since = now()
  return async () => {
    if (now() - since < ms) return
    await yieldToUi()
    since = now()
  }
}
