/**
 * Writes the latest value as soon as possible, never two at once: while a write is in flight,
 * newer values replace each other and the last one is written next. Typing therefore reaches the
 * disk within one write of the keystroke, without queueing a write per keystroke.
 */
export interface CoalescingWriter<T> {
  write(value: T): void
  /** Resolves once every value given so far has been written (or has failed). */
  flush(): Promise<void>
  /** The newest value not yet confirmed written, if any (a failed write is not confirmed). */
  unsaved(): T | undefined
}

export interface CoalescingWriterOptions {
  /**
   * Called each time the writer runs out of values to write: after the last one landed or
   * failed, never between coalesced writes.
   */
  onSettled?(): void
}

export function createCoalescingWriter<T>(
  persist: (value: T) => Promise<unknown>,
  onError: (error: unknown) => void,
  options: CoalescingWriterOptions = {},
): CoalescingWriter<T> {
  let pending: { value: T } | undefined
  let inFlight: { value: T } | undefined
  // The newest value whose write failed: still unsaved until a later write lands.
  let failed: { value: T } | undefined
  let draining: Promise<void> | undefined

  async function drain(): Promise<void> {
    while (pending) {
      inFlight = pending
      pending = undefined
      try {
        await persist(inFlight.value)
        failed = undefined
      } catch (error) {
        failed = inFlight
        onError(error)
      }
      inFlight = undefined
    }
    draining = undefined
    options.onSettled?.()
  }

  return {
    write(value) {
      pending = { value }
      draining ??= drain()
    },
    flush() {
      return draining ?? Promise.resolve()
    },
    unsaved() {
      return (pending ?? inFlight ?? failed)?.value
    },
  }
}
