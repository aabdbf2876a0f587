import { describe, expect, it } from 'vitest'
import { parseEvidenceLink, parseEvidenceSnippet } from './links'

describe('links and snippets', () => {
  it('keeps a web address as written, titled by its host when untitled', () => {
    expect(parseEvidenceLink('  https://wiki.example.com/oncall?x=1 ', '')).toEqual({
      ok: true,
      url: 'https://wiki.example.com/oncall?x=1',
      title: 'wiki.example.com',
    })
    expect(parseEvidenceLink('http://intranet/rota', ' Rota ')).toMatchObject({ title: 'Rota' })
  })

  it.each([
    ['', /Enter the address/],
    ['wiki/oncall', /full address/],
    ['javascript:alert(1)', /Only web addresses/],
    ['file:///etc/passwd', /Only web addresses/],
  ])('refuses %s', (url, message) => {
    const result = parseEvidenceLink(url, '')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).toMatch(message)
  })

  it('needs a snippet text and titles it by its first line', () => {
    expect(parseEvidenceSnippet('', '  ')).toMatchObject({ ok: false })
    expect(parseEvidenceSnippet('', 'Escalate after 15 min\nthen page the lead')).toEqual({
      ok: true,
      title: 'Escalate after 15 min',
      text: 'Escalate after 15 min\nthen page the lead',
    })
  })
})
