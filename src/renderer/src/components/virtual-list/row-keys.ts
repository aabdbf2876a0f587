/** The keys that move the focus between the rows of a long list. */
export type RowKey = 'ArrowUp' | 'ArrowDown' | 'Home' | 'End'

/**
 * The row a key moves the focus to from row `current` of `count`, or undefined when the key is
 * not one of the list's (or the list is empty). Up on the first row and Down on the last stay
 * where they are, as a listbox does, rather than wrapping around a list of thousands.
 */
export function rowAfterKey(key: string, current: number, count: number): number | undefined {
  if (count <= 0) return undefined
  const last = count - 1
  const from = Math.min(Math.max(current, 0), last)
  switch (key) {
    case 'ArrowUp':
      return Math.max(from - 1, 0)
    case 'ArrowDown':
      return Math.min(from + 1, last)
    case 'Home':
      return 0
    case 'End':
      return last
    default:
      return undefined
  }
}

/** The rows to render: the visible range, plus the row that holds (or last held) the focus. */
export function withPinnedRow(range: readonly number[], pinned: number | undefined): number[] {
  if (pinned === undefined || pinned < 0 || range.includes(pinned)) return [...range]
  return [...range, pinned].sort((a, b) => a - b)
}
