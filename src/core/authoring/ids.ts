/**
 * Ids for what a consultant writes (PRODUCT.md §14): made from the title when the item is created,
 * then never re-derived, so renaming a check or rewording a question keeps the id that audits'
 * answers and earlier versions are keyed by.
 */

/** A derived id keeps at most this many words: "who-gets-paged", not the whole prompt. */
export const MAX_ID_WORDS = 6
/** The pack schema's limit on a slug. */
export const MAX_ID_LENGTH = 80

/** Letters that Unicode does not decompose into a base letter and an accent. */
const FOLDED: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
}

/** The title as lower-case ASCII words joined by single hyphens; empty when nothing is left. */
export function slugify(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => FOLDED[letter] ?? letter)
    // "Who's" is one word, not "who-s".
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '')
    .slice(0, MAX_ID_WORDS)
  return trimToLength(words.join('-'), MAX_ID_LENGTH)
}

function trimToLength(slug: string, max: number): string {
  return slug.length <= max ? slug : slug.slice(0, max).replace(/-+$/, '')
}

/**
 * An id for a new item titled `title`, unique among `taken`: the title's slug, or `fallback` when
 * the title has no letter or digit, with `-2`, `-3`… added when it is already used.
 */
export function idFromTitle(title: string, taken: ReadonlySet<string>, fallback = 'item'): string {
  const base = slugify(title) || fallback
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) {
    const suffix = `-${n}`
    const candidate = `${trimToLength(base, MAX_ID_LENGTH - suffix.length)}${suffix}`
    if (!taken.has(candidate)) return candidate
  }
}
