/**
 * When the search worker writes its index away (issue 17): once things have been quiet for a
 * moment — no write applied, no query — and never sooner than a while after the last write, so
 * typing a note (a save per keystroke) costs one snapshot at the end, not one per keystroke.
 * Writing a snapshot holds the worker for a moment (it is copied out whole), so it waits for a
 * pause rather than make a query wait.
 */

export interface SaveTiming {
  /** How long nothing must happen before a save. */
  quietMs: number
  /** The least time from the start of one save to the start of the next. */
  gapMs: number
}

export const SAVE_TIMING: SaveTiming = { quietMs: 2_000, gapMs: 10_000 }

export class SaveSchedule {
  private timer: ReturnType<typeof setTimeout> | undefined
  private lastSave = -Infinity

  constructor(
    private readonly save: () => Promise<void>,
    private readonly timing: SaveTiming = SAVE_TIMING,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** There is something new to keep: saved after the next quiet moment. */
  due(): void {
    clearTimeout(this.timer)
    const wait = Math.max(this.timing.quietMs, this.lastSave + this.timing.gapMs - this.now())
    this.timer = setTimeout(() => {
      this.timer = undefined
      this.lastSave = this.now()
      // A failed save only costs the next page load a longer first search.
      void this.save().catch(() => undefined)
    }, wait)
  }

  /** Something happened (a query): a save that is due waits for quiet again. */
  postpone(): void {
    if (this.timer !== undefined) this.due()
  }

  cancel(): void {
    clearTimeout(this.timer)
    this.timer = undefined
  }
}
