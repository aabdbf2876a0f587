/**
 * Which records a write changed, read from what Dexie broadcasts after every write transaction
 * (`storagemutated`): per table, a set of key ranges kept as a binary tree `{ from, to, l, r }`.
 * A put or a delete of a few rows lists their keys one by one (a range from a key to itself); a
 * bulk write of 50 rows or more, a clear or a delete by range lists a range, and then only
 * reading the whole table again tells what changed. The tree arrives structured-cloned from
 * another context, so it is read as plain data and anything unexpected counts as "everything".
 */

export type ChangedKeys = { wide: false; keys: unknown[] } | { wide: true }

const WIDE: ChangedKeys = { wide: true }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/** IndexedDB keys as Dexie uses them here: strings, numbers, and arrays of those. */
function sameKey(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((part, i) => sameKey(part, b[i]))
  return (typeof a === 'string' || typeof a === 'number') && a === b
}

/** The single keys in a range tree, or `wide` when it holds a true range. */
export function changedKeys(tree: unknown): ChangedKeys {
  const keys: unknown[] = []
  const stack: unknown[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()
    if (node === undefined || node === null) continue
    if (!isRecord(node)) return WIDE
    if (!('from' in node)) continue // an empty set: `{ d: 0 }`
    if (!sameKey(node.from, node.to)) return WIDE
    keys.push(node.from)
    stack.push(node.l, node.r)
  }
  return { wide: false, keys }
}
