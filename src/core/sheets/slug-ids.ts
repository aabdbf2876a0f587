/**
 * Ids made from titles, as the pack format wants them (lower-case words joined by hyphens, at
 * most 80 characters): "Who's getting paged at 2am?" → "whos-getting-paged-at-2am". A
 * question's id takes its first few words only, so it stays short.
 */

const MAX_SLUG = 80

export function slugify(text: string, maxWords = 12): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '')
    .slice(0, maxWords)
  let slug = ''
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`
    if (next.length > MAX_SLUG) break
    slug = next
  }
  return slug
}

/**
 * Hands out ids unique within one scope: an id the author set is kept (and reserved first, so
 * a made one never takes it); a made one gets "-2", "-3"… when its slug is taken.
 */
export class IdScope {
  private readonly used = new Set<string>()

  reserve(id: string): void {
    this.used.add(id)
  }

  make(title: string, fallback: string, maxWords?: number): string {
    const base = slugify(title, maxWords) || fallback
    let id = base
    for (let n = 2; this.used.has(id); n++) {
      const suffix = `-${n}`
      id = `${base.slice(0, MAX_SLUG - suffix.length).replace(/-+$/, '')}${suffix}`
    }
    this.used.add(id)
    return id
  }
}
