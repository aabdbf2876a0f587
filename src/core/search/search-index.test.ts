import { describe, expect, it } from 'vitest'
import { evidenceDoc, findingDoc, noteDoc } from './documents'
import { SearchIndex, type SearchOutcome } from './search-index'
import { answer, audit, evidence, kinds, label, seeded } from './test-support/fixtures'

const marked = (outcome: SearchOutcome) =>
  outcome.groups.flatMap((g) =>
    g.hits.flatMap((h) => h.snippet.filter((p) => p.mark).map((p) => p.text)),
  )

describe('search across every audit', () => {
  it('finds notes, findings, evidence and clients, grouped by audit', () => {
    const index = seeded()
    expect(kinds(index.search('firewall '))).toEqual([
      ['Société Générale Café — HR portal', ['evidence:e1', 'note:a2/s1/q1']],
      ['Acme Bank — Payments platform', ['note:a1/s1/q1']],
    ])
    expect(kinds(index.search('restore test'))).toEqual([
      ['Acme Bank — Payments platform', ['finding:a1/s1/q2', 'note:a1/s1/q2']],
    ])
    expect(kinds(index.search('payments'))).toEqual([
      ['Acme Bank — Payments platform', ['audit:a1']],
    ])
    expect(kinds(index.search('rule base console'))).toEqual([
      ['Société Générale Café — HR portal', ['evidence:e1']],
    ])
  })

  it('matches the word being typed as a prefix, and every word of the query', () => {
    const index = seeded()
    expect(index.search('backu').total).toBe(1)
    expect(index.search('backu ').total).toBe(0) // a finished word is not a prefix
    expect(index.search('firewall yearly').total).toBe(1)
    expect(index.search('firewall board').groups[0]?.hits[0]?.id).toBe('note:a2/s1/q1')
  })

  it('ignores case and accents on both sides, and forgives a typo in a longer word', () => {
    const index = seeded()
    expect(kinds(index.search('SOCIETE generale cafe'))).toEqual([
      ['Société Générale Café — HR portal', ['audit:a2']],
    ])
    expect(kinds(index.search('Sécurité')).length).toBe(0)
    expect(index.search('firewal ').total).toBe(3) // one letter short, finished: fuzzy
    expect(index.search('Firewall ').total).toBe(3)
  })

  it('ranks a title match above the same word in a long text', () => {
    const index = seeded()
    const hits = index.search('restore').groups[0]?.hits ?? []
    expect(hits[0]?.kind).toBe('finding')
  })

  it('marks the matched words in a short snippet of the field that matched', () => {
    const index = seeded()
    const outcome = index.search('quarterly resto')
    const hit = outcome.groups[0]?.hits.find((h) => h.kind === 'note')
    expect(hit?.field).toBe('text')
    expect(hit?.snippet.filter((p) => p.mark).map((p) => p.text)).toEqual([
      'restored',
      'quarterly',
      'restore',
    ])
    expect(marked(index.search('generale'))).toEqual(['Générale'])
    const finding = index.search('silent').groups[0]?.hits[0]
    expect(finding?.label).toBe('Restore tests fail silently')
  })

  it('answers an empty or meaningless query with nothing, and a huge one without failing', () => {
    const index = seeded()
    for (const query of ['', '   ', '!!! ??? ---', '\u0000\u200b', '…']) {
      expect(index.search(query)).toEqual({ groups: [], total: 0 })
    }
    expect(index.search('firewall '.repeat(5_000)).total).toBe(3)
    expect(index.search('zzzzqqq').total).toBe(0)
  })

  it('forgets a deleted audit’s records, and a record put for an audit it does not hold', () => {
    const index = seeded()
    index.putAudit(audit('a1', 'Acme Bank', 'Payments platform', 1))
    expect(kinds(index.search('firewall '))).toEqual([
      ['Société Générale Café — HR portal', ['evidence:e1', 'note:a2/s1/q1']],
    ])
    expect(index.search('backups').total).toBe(0)
    const late = noteDoc(answer('a1', 'q3', 'firewall again'), undefined)
    expect(late && index.put(late)).toBe(false)
    expect(index.search('again').total).toBe(0)
  })

  it('replaces a record as it changes, and removes one that yields nothing any more', () => {
    const index = seeded()
    index.put(noteDoc(answer('a1', 'q1', 'Now about tokens and vaults.'), label('Q'))!)
    expect(index.search('yearly').total).toBe(0)
    expect(kinds(index.search('vaults'))).toEqual([
      ['Acme Bank — Payments platform', ['note:a1/s1/q1']],
    ])
    index.remove('evidence:e1')
    expect(index.search('console').total).toBe(0)
    expect(index.docIdsOf('a1', 'finding')).toEqual(['finding:a1/s1/q2'])
  })

  it('shows a few results per audit and counts the rest', () => {
    const index = new SearchIndex()
    index.putAudit(audit('a1', 'Acme', 'Core'))
    for (let i = 0; i < 9; i++)
      index.put(noteDoc(answer('a1', `q${i}`, `token rotation ${i}`), undefined)!)
    const [group] = index.search('token', { perAudit: 5, audits: 12 }).groups
    expect(group?.hits).toHaveLength(5)
    expect(group?.more).toBe(4)
  })
})

describe('what is indexed', () => {
  it('indexes notes only when there are some, findings only below Met, evidence until deleted', () => {
    expect(noteDoc(answer('a', 'q', '  \n '), undefined)).toBeUndefined()
    expect(findingDoc(answer('a', 'q', 'x', 'met'), undefined, undefined)).toBeUndefined()
    expect(findingDoc(answer('a', 'q', 'x', 'partial'), undefined, label('P'))?.title).toBe(
      'On-call: P',
    )
    expect(evidenceDoc({ ...evidence('e', 'a', 'f', 'c'), deletedAt: 5 })).toBeUndefined()
  })
})

describe('an index edited for a long time', () => {
  it('finds only the latest text of a note saved thousands of times, as when typing', () => {
    const index = seeded()
    for (let i = 0; i <= 6_000; i++)
      index.put(
        noteDoc(answer('a1', 'q1', `draft number w${i} of the firewall notes`), label('Q'))!,
      )
    expect(index.search('w6000').total).toBe(1)
    expect(index.search('w5999 ').total).toBe(0)
    expect(kinds(index.search('firewall '))).toEqual([
      ['Société Générale Café — HR portal', ['evidence:e1', 'note:a2/s1/q1']],
      ['Acme Bank — Payments platform', ['note:a1/s1/q1']],
    ])
    expect(index.documentCount).toBe(7)
  })
})
