import type { ReportText } from '../report-text'

export interface CatalogueLeaf {
  /** Dotted, e.g. "summary.heading"; a list of words is one leaf ("dates.months"). */
  path: string
  /** A word, a list of words, or a sentence (a function of its values). */
  value: unknown
}

/** Every word and sentence of a catalogue, with where it is. */
export function leavesOf(text: ReportText): CatalogueLeaf[] {
  const leaves: CatalogueLeaf[] = []
  const walk = (node: object, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      const path = prefix ? `${prefix}.${key}` : key
      if (typeof value === 'string' || typeof value === 'function' || Array.isArray(value))
        leaves.push({ path, value })
      else if (value && typeof value === 'object') walk(value as object, path)
    }
  }
  walk(text, '')
  return leaves
}

/**
 * A second language made from English for the tests: every word and every sentence's result
 * starts with the marker (the method's blocks too), so any text a writer kept as a literal, or
 * took from the screens' constants, is the one without it.
 */
export function markedLanguage(text: ReportText, marker: string): ReportText {
  const mark = (value: unknown): unknown => {
    if (typeof value === 'string') return `${marker}${value}`
    if (Array.isArray(value)) return value.map(mark)
    if (typeof value === 'function')
      return (...values: unknown[]) => mark((value as (...v: unknown[]) => unknown)(...values))
    if (value && typeof value === 'object')
      return Object.fromEntries(
        Object.entries(value).map(([key, inner]) => [
          key,
          // A method block's kind is structure, not words.
          key === 'kind' ? inner : mark(inner),
        ]),
      )
    return value
  }
  return mark(text) as ReportText
}
