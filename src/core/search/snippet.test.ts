import { describe, expect, it } from 'vitest'
import { snippet } from './snippet'

const show = (parts: ReturnType<typeof snippet>) =>
  parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('')

describe('a snippet of the matched text', () => {
  it('marks every matched word, whatever its case or accents', () => {
    expect(show(snippet('Café de la Gare, CAFE du port', new Set(['cafe'])))).toBe(
      '[Café] de la Gare, [CAFE] du port',
    )
  })

  it('shows the text around a match far into it, cut at words, with ellipses', () => {
    const long = `${'lorem ipsum '.repeat(30)}the firewall was open ${'dolor sit '.repeat(30)}`
    const text = show(snippet(long, new Set(['firewall']), 80))
    expect(text.startsWith('…')).toBe(true)
    expect(text.endsWith('…')).toBe(true)
    expect(text).toContain('the [firewall] was open')
    expect(text.length).toBeLessThanOrEqual(80 + 4)
  })

  it('flattens line breaks, and gives the start of a text with no match', () => {
    expect(show(snippet('one\n\ntwo   three', new Set(['none'])))).toBe('one two three')
    expect(snippet('', new Set(['x']))).toEqual([])
  })
})
