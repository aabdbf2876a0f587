import { describe, expect, it } from 'vitest'
import { builtinPack, type ContentPack } from '../content'
import {
  libraryDocId,
  libraryDocsOfPack,
  libraryRangeOfPack,
  libraryVersionsOfDocs,
  versionOfLibraryDocId,
} from './library-docs'

const first = builtinPack.sections[0]!
const acme: ContentPack = {
  ...builtinPack,
  id: 'acme-delivery',
  version: '1.2.0',
  title: 'Acme delivery',
  publisher: 'Acme consulting',
  sections: [
    { ...first, id: 'release-management', number: 12 },
    { ...first, id: 'change-control', number: 13, title: 'Change control' },
  ],
}

/** What the server hands back: the JSON of what was written, with a revision. */
const fromServer = <T extends object>(docs: T[]): (T & { _rev: string })[] =>
  docs.map((doc) => ({ ...(JSON.parse(JSON.stringify(doc)) as T), _rev: '1-abc' }))

describe('the firm library documents', () => {
  it('publishes one document per section, named as the server rules expect', () => {
    const docs = libraryDocsOfPack(acme, 'ann', 1_000)
    expect(docs.map((doc) => doc._id)).toEqual([
      'section:acme-delivery:release-management:1.2.0',
      'section:acme-delivery:change-control:1.2.0',
    ])
    expect(docs[0]).toMatchObject({ by: 'ann', publishedAt: 1_000, kind: 'library-section' })
    expect(versionOfLibraryDocId(docs[0]!._id)).toBe('1.2.0')
    expect(libraryDocId('pack', 's1', '2')).toBe('section:pack:s1:2')
  })

  it('rebuilds the very pack that was published, sections in its order', () => {
    const docs = fromServer(libraryDocsOfPack(acme, 'ann', 1_000)).reverse()
    const { versions, problems } = libraryVersionsOfDocs(docs)
    expect(problems).toEqual([])
    expect(versions).toEqual([{ pack: acme, by: 'ann', publishedAt: 1_000 }])
  })

  it('lists every version of every pack, newest version first within a pack', () => {
    const older = { ...acme, version: '1.0.0' }
    const other = { ...acme, id: 'beta', title: 'Beta', sections: [{ ...first, id: 'beta-s' }] }
    const docs = fromServer([
      ...libraryDocsOfPack(older, 'ann', 1),
      ...libraryDocsOfPack(other, 'bo', 2),
      ...libraryDocsOfPack(acme, 'ann', 3),
    ])
    const { versions } = libraryVersionsOfDocs(docs)
    expect(versions.map((v) => `${v.pack.id} ${v.pack.version} ${v.by}`)).toEqual([
      'acme-delivery 1.2.0 ann',
      'acme-delivery 1.0.0 ann',
      'beta 1.2.0 bo',
    ])
  })

  it('leaves out and reports a document that is not a library section, listing the rest', () => {
    const good = fromServer(libraryDocsOfPack({ ...acme, id: 'good' }, 'ann', 1))
    const docs = [
      ...good,
      { _id: 'section:x:y:1.0.0', kind: 'library-section', pack: 'no' },
      { _id: 'section:x:z:1.0.0', extra: true, ...libraryDocsOfPack(acme, 'ann', 1)[0] },
      null,
      42,
    ]
    const { versions, problems } = libraryVersionsOfDocs(docs)
    expect(versions.map((v) => v.pack.id)).toEqual(['good'])
    expect(problems.map((p) => p.what)).toEqual([
      'section:x:y:1.0.0',
      'section:acme-delivery:release-management:1.2.0',
      'A document without an id',
      'A document without an id',
    ])
    expect(problems[0]!.message).toMatch(/^is not a section of a content pack \(pack: /)
  })

  it('refuses a document whose id does not name the section it holds', () => {
    const [doc] = fromServer(libraryDocsOfPack(acme, 'ann', 1))
    const moved = { ...(doc as object), _id: 'section:acme-delivery:other:1.2.0' }
    const { versions, problems } = libraryVersionsOfDocs([moved])
    expect(versions).toEqual([])
    expect(problems).toEqual([
      {
        what: 'section:acme-delivery:other:1.2.0',
        message: 'does not hold the section its id names.',
      },
    ])
  })

  it('refuses a document larger than a whole content pack may be, unread', () => {
    const doc = fromServer(libraryDocsOfPack(acme, 'ann', 1))[0]!
    const huge = { ...doc, section: { ...doc.section, summary: 'x'.repeat(6 * 1024 * 1024) } }
    const { problems } = libraryVersionsOfDocs([huge])
    expect(problems[0]!.message).toMatch(/^is too large/)
  })

  it('reports a version missing a section instead of offering half a pack', () => {
    const [, second] = fromServer(libraryDocsOfPack(acme, 'ann', 1))
    const { versions, problems } = libraryVersionsOfDocs([second])
    expect(versions).toEqual([])
    expect(problems).toEqual([
      {
        what: 'acme-delivery 1.2.0',
        message: 'is incomplete: the library lacks its section release-management.',
      },
    ])
  })

  it('reports a version whose sections disagree on the pack they belong to', () => {
    const [a] = fromServer(libraryDocsOfPack(acme, 'ann', 1))
    const [, b] = fromServer(libraryDocsOfPack({ ...acme, title: 'Renamed' }, 'bo', 2))
    const { versions, problems } = libraryVersionsOfDocs([a, b])
    expect(versions).toEqual([])
    expect(problems[0]).toMatchObject({ what: 'acme-delivery 1.2.0' })
    expect(problems[0]!.message).toMatch(/published twice in different forms/)
  })

  it('passes a rebuilt pack through the pack rules, reporting one that breaks them', () => {
    const question = first.checks[0]!.questions[0]!
    const broken: ContentPack = {
      ...acme,
      sections: [
        {
          ...first,
          checks: [{ ...first.checks[0]!, questions: [{ ...question, outcomeId: 'nowhere' }] }],
        },
      ],
      id: 'broken',
    }
    const { versions, problems } = libraryVersionsOfDocs(
      fromServer(libraryDocsOfPack(broken, 'ann', 1)),
    )
    expect(versions).toEqual([])
    expect(problems[0]).toMatchObject({ what: 'broken 1.2.0' })
    expect(problems[0]!.message).toMatch(/^is not a valid content pack: sections\[0\]/)
  })

  it('refuses a document claiming to belong to the built-in pack', () => {
    const { problems } = libraryVersionsOfDocs(fromServer(libraryDocsOfPack(builtinPack, 'ann', 1)))
    expect(problems[0]!.message).toMatch(/built-in pack/)
  })

  it('reads one pack’s versions with a key range that no other pack id falls in', () => {
    const { startkey, endkey } = libraryRangeOfPack('acme')
    const inRange = (id: string) => id >= startkey && id <= endkey
    expect(inRange(libraryDocId('acme', 's', '1.0.0'))).toBe(true)
    expect(inRange(libraryDocId('acme-x', 's', '1.0.0'))).toBe(false)
    expect(inRange(libraryDocId('acmex', 's', '1.0.0'))).toBe(false)
  })
})
