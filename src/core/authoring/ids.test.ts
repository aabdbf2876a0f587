import { describe, expect, it } from 'vitest'
import { slug } from '../content/schema'
import { idFromTitle, slugify } from './ids'

const none = new Set<string>()

describe('ids from titles', () => {
  it('makes a readable slug the pack schema accepts', () => {
    expect(idFromTitle('On-call & Escalation', none)).toBe('on-call-escalation')
    expect(idFromTitle('  Runbooks   &  Playbooks ', none)).toBe('runbooks-playbooks')
    expect(slug.safeParse(idFromTitle('Post-mortems -- 2024!', none)).success).toBe(true)
  })

  it('folds accents and letters without an ASCII form', () => {
    expect(idFromTitle('Réponse', none)).toBe('reponse')
    expect(idFromTitle('Straße Ærø Łódź', none)).toBe('strasse-aero-lodz')
  })

  it("keeps a word with an apostrophe whole, and a prompt's first words only", () => {
    expect(idFromTitle("Who's getting paged at 2am if prod goes down tonight?", none)).toBe(
      'whos-getting-paged-at-2am-if',
    )
  })

  it('falls back to the kind of item when the title has no letter or digit', () => {
    expect(idFromTitle('', none, 'question')).toBe('question')
    expect(idFromTitle('?!… —', new Set(['check']), 'check')).toBe('check-2')
    expect(idFromTitle('日本語', none, 'outcome')).toBe('outcome')
  })

  it('adds -2, -3… until the id is unused', () => {
    const taken = new Set(['runbooks', 'runbooks-2'])
    expect(idFromTitle('Runbooks', taken)).toBe('runbooks-3')
  })

  it('stays within 80 characters, suffix included, with no trailing hyphen', () => {
    const long = 'a'.repeat(79) + ' b'
    const first = idFromTitle(long, none)
    expect(first.length).toBeLessThanOrEqual(80)
    const second = idFromTitle(long, new Set([first]))
    expect(second).toMatch(/-2$/)
    expect(second.length).toBeLessThanOrEqual(80)
    expect(slug.safeParse(second).success).toBe(true)
    expect(slugify('x'.repeat(200)).length).toBe(80)
  })
})
