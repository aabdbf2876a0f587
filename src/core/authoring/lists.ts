/** Immutable list steps the editing operations share: each returns a new list, or the same one. */

/** The list with the item at `from` moved to index `to` (clamped to the list). */
export function moveItem<T>(list: T[], from: number, to: number): T[] {
  const item = list[from]
  if (item === undefined) return list
  const target = Math.max(0, Math.min(list.length - 1, to))
  if (target === from) return list
  const rest = list.filter((_, i) => i !== from)
  return [...rest.slice(0, target), item, ...rest.slice(target)]
}

/** The list with `item` inserted at `at` (clamped), or appended when `at` is not given. */
export function insertItem<T>(list: T[], item: T, at?: number): T[] {
  const index = at === undefined ? list.length : Math.max(0, Math.min(list.length, at))
  return [...list.slice(0, index), item, ...list.slice(index)]
}

/** The list with the item of this id changed by `change`; the same list when there is none. */
export function updateById<T extends { id: string }>(
  list: T[],
  id: string,
  change: (item: T) => T,
): T[] {
  const at = list.findIndex((item) => item.id === id)
  const item = list[at]
  if (item === undefined) return list
  const changed = change(item)
  return changed === item ? list : list.map((other, i) => (i === at ? changed : other))
}

/** The index of the item with this id, or -1. */
export function indexById(list: readonly { id: string }[], id: string): number {
  return list.findIndex((item) => item.id === id)
}
