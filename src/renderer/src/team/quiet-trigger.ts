/**
 * Calls `run` once changes have been quiet for `quietMs`, and at the latest `maxWaitMs` after the
 * first of a burst: a note saved at every keystroke is sent once the typing pauses (or every
 * `maxWaitMs` while it goes on), not once per key, so the sync's own transactions do not queue
 * in front of the next keystroke's save.
 */
export function quietTrigger(
  run: () => void,
  quietMs: number,
  maxWaitMs: number,
): { poke(): void; cancel(): void } {
  let quiet: ReturnType<typeof setTimeout> | undefined
  let deadline: ReturnType<typeof setTimeout> | undefined
  const fire = () => {
    clearTimeout(quiet)
    clearTimeout(deadline)
    quiet = deadline = undefined
    run()
  }
  return {
    poke() {
      clearTimeout(quiet)
      quiet = setTimeout(fire, quietMs)
      deadline ??= setTimeout(fire, maxWaitMs)
    },
    cancel() {
      clearTimeout(quiet)
      clearTimeout(deadline)
      quiet = deadline = undefined
    },
  }
}
