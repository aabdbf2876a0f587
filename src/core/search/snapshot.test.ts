import { describe, expect, it } from 'vitest'
import { noteDoc } from './documents'
import { SearchIndex } from './search-index'
import {
  SEARCH_SNAPSHOT_VERSION,
  restoreSearchIndex,
  snapshotSearchIndex,
  type SearchSnapshot,
} from './snapshot'
import { answer, audit, label, seeded } from './test-support/fixtures'

const QUERIES = [
  'firewall ',
  'firewal ',
  'restore test',
  'quarterly resto',
  'payments',
  'SOCIETE generale cafe',
  'rule base console',
  'silent',
  'backu',
  'draft',
  'nothing like this',
]

/** The snapshot as it comes back from IndexedDB: structured-cloned. */
const stored = (index: SearchIndex): unknown => structuredClone(snapshotSearchIndex(index))

function restored(value: unknown): SearchIndex {
  const result = restoreSearchIndex(value)
  if ('refused' in result) throw new Error(`refused: ${result.refused}`)
  return result.index
}

/**
 * The same documents indexed afresh, as a rebuild from the database would. An index that has
 * seen edits counts a word's documents with the ones since replaced (until it compacts), so a
 * snapshot, which keeps only the live ones, ranks as a fresh build does.
 */
function rebuilt(index: SearchIndex): SearchIndex {
  const fresh = new SearchIndex()
  const { headings, docs } = index.toParts()
  for (const { auditId, client, system } of headings) fresh.putAudit(audit(auditId, client, system))
  for (const doc of docs) fresh.put(doc)
  return fresh
}

/** An index that has seen edits: documents replaced, removed, an audit deleted. */
function edited(): SearchIndex {
  const index = seeded()
  for (let i = 0; i < 50; i++)
    index.put(noteDoc(answer('a1', 'q1', `draft ${i} of the firewall notes`), label('Q'))!)
  index.remove('evidence:e1')
  index.putAudit(audit('a3', 'Contoso', 'Ledger'))
  index.put(noteDoc(answer('a3', 'q1', 'Firewall owned by nobody'), label('Q'))!)
  index.putAudit(audit('a3', 'Contoso', 'Ledger', 1))
  return index
}

describe('a kept search index', () => {
  it('answers every query exactly as the index it was taken of', () => {
    const original = seeded()
    const copy = restored(stored(original))
    expect(copy.documentCount).toBe(original.documentCount)
    for (const query of QUERIES) expect(copy.search(query)).toEqual(original.search(query))
  })

  it('of an edited index, answers as the same records indexed afresh', () => {
    const original = edited()
    const copy = restored(stored(original))
    const fresh = rebuilt(original)
    expect(copy.documentCount).toBe(original.documentCount)
    for (const query of QUERIES) {
      expect(copy.search(query)).toEqual(fresh.search(query))
      expect(copy.search(query).total).toBe(original.search(query).total)
    }
  })

  it('goes on being edited like the original once restored', () => {
    const original = rebuilt(edited())
    const copy = restored(stored(original))
    for (const index of [original, copy]) {
      index.put(noteDoc(answer('a2', 'q1', 'Change board retired; tickets now.'), label('Q'))!)
      index.putAudit(audit('a1', 'Acme Bank', 'Payments platform', 2))
      index.putAudit(audit('a4', 'Fabrikam', 'Firewall estate'))
    }
    for (const query of [...QUERIES, 'tickets', 'board']) {
      expect(copy.search(query)).toEqual(original.search(query))
    }
    expect(copy.hasAudit('a1')).toBe(false)
    expect(copy.docIdsOf('a2', 'note')).toEqual(original.docIdsOf('a2', 'note'))
  })

  it('is refused when of another format version, so the caller rebuilds', () => {
    const snapshot = { ...snapshotSearchIndex(seeded()), version: SEARCH_SNAPSHOT_VERSION + 1 }
    expect(restoreSearchIndex(snapshot)).toEqual({
      refused: `format ${SEARCH_SNAPSHOT_VERSION + 1}, not ${SEARCH_SNAPSHOT_VERSION}`,
    })
    expect(restoreSearchIndex({ ...snapshot, version: undefined })).toHaveProperty('refused')
  })

  it('is refused when malformed or damaged, never half used', () => {
    const good = snapshotSearchIndex(edited())
    const damaged: Array<[string, unknown]> = [
      ['nothing', undefined],
      ['a string', 'index'],
      ['an array', [good]],
      ['a field missing', { ...good, words: { ...good.words, starts: undefined } }],
      ['an extra field', { ...good, extra: 1 }],
      [
        'numbers as a plain array',
        { ...good, docs: { ...good.docs, audit: [...good.docs.audit] } },
      ],
      ['JSON round trip (typed arrays lost)', JSON.parse(JSON.stringify(good))],
    ]
    for (const [what, value] of damaged) {
      expect(restoreSearchIndex(value), what).toEqual({
        refused: expect.stringMatching(/^(malformed|not a search index)/),
      })
    }
  })

  it('is refused when its numbers lead nowhere', () => {
    const good = snapshotSearchIndex(edited())
    const words = good.words
    const withWords = (change: Partial<SearchSnapshot['words']>) => ({
      ...good,
      words: { ...words, ...change },
    })
    const last = words.docs.length - 1
    const damaged: Array<[string, unknown]> = [
      [
        'a posting of no document',
        withWords({ docs: words.docs.map((n, i) => (i === last ? 999 : n)) }),
      ],
      ['postings cut short', withWords({ docs: words.docs.slice(1) })],
      ['starts not adding up', withWords({ starts: words.starts.map((s) => s + 1) })],
      [
        'a word twice',
        withWords({ terms: words.terms.map((t, i) => (i === 1 ? words.terms[0]! : t)) }),
      ],
      [
        'a document twice',
        withWords({ ids: words.ids.map((id, i) => (i === 1 ? words.ids[0]! : id)) }),
      ],
      ['a lost length', withWords({ textLength: words.textLength.slice(1) })],
      [
        'a document of no audit',
        { ...good, docs: { ...good.docs, audit: good.docs.audit.map(() => 99) } },
      ],
      ['an unknown kind', { ...good, docs: { ...good.docs, kind: good.docs.kind.map(() => 7) } }],
      ['an audit column short', { ...good, audits: { ...good.audits, client: [] } }],
    ]
    for (const [what, value] of damaged) {
      expect(restoreSearchIndex(value), what).toEqual({
        refused: expect.stringMatching(/^inconsistent/),
      })
    }
    expect(restored(structuredClone(good)).search('firewall ').total).toBeGreaterThan(0)
  })
})
