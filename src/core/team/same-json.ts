/**
 * Whether two values are the same once written as JSON: what a CouchDB document keeps of a row.
 * Key order does not count and an `undefined` field is the same as an absent one (IndexedDB keeps
 * `undefined`, JSON drops it), so a row read back from the server compares equal to the row sent.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b)
}

export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner
    const sorted: Record<string, unknown> = {}
    for (const key of Object.keys(inner).sort())
      sorted[key] = (inner as Record<string, unknown>)[key]
    return sorted
  })
}
