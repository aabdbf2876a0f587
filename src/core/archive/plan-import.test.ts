import { createHash } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { builtinPack, type ContentPack } from '../content'
import { planImport, type TakenIds } from './plan-import'
import { sampleSnapshot } from './test-support/archive-fixtures'
import type { ArchiveData } from './types'

const sha256 = async (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

function taken(overrides: Partial<TakenIds> = {}): TakenIds {
  return {
    auditIds: new Set(),
    evidenceIds: new Set(),
    packs: new Set(),
    sectionPacks: new Map(builtinPack.sections.map((s) => [s.id, builtinPack.id])),
    settingKeys: new Set(),
    ...overrides,
  }
}

function counter(): () => string {
  let n = 0
  return () => `new-${++n}`
}

let data: ArchiveData

beforeAll(async () => {
  data = (await sampleSnapshot(sha256)).data
})

describe('planImport', () => {
  it('brings audits in as they are when their ids are free', () => {
    const plan = planImport(data, taken(), counter())
    expect(plan.data.audits).toEqual(data.audits)
    expect(plan.data.answers).toEqual(data.answers)
    expect(plan.audits.map((a) => [a.id, a.copied])).toEqual([
      ['audit-1', false],
      ['audit-2', false],
    ])
    expect(plan.evidenceCount).toBe(1)
  })

  it('copies an audit whose id is in use, with new ids for it and everything keyed by it', () => {
    const plan = planImport(data, taken({ auditIds: new Set(['audit-2']) }), counter())
    const copy = plan.data.audits.find((a) => a.id === 'new-1')!
    expect(copy.client).toBe('Northwind Traders (imported)')
    expect(plan.data.audits.find((a) => a.id === 'audit-1')?.client).toBe('Northwind Traders')
    // Its rows follow it; its evidence gets new ids too, and its files point at them.
    expect(plan.data.answers.filter((a) => a.auditId === 'new-1')).toHaveLength(2)
    expect(plan.data.findingEdits.map((f) => f.auditId)).toEqual(['new-1'])
    expect(plan.data.auditContents.map((c) => c.auditId)).toEqual(['audit-1', 'new-1'])
    expect(plan.data.evidence.map((e) => [e.id, e.auditId])).toEqual([['new-2', 'new-1']])
    expect(plan.files.map((f) => [f.entryName, f.meta.evidenceId])).toEqual([
      ['evidence/ev-1/original', 'new-2'],
      ['evidence/ev-1/thumbnail', 'new-2'],
    ])
    expect(plan.audits.find((a) => a.sourceId === 'audit-2')).toMatchObject({
      id: 'new-1',
      copied: true,
      answered: 2,
      evidenceCount: 1,
    })
  })

  it('keeps the re-assessment link: to the copy when the predecessor is copied too', () => {
    const both = planImport(data, taken({ auditIds: new Set(['audit-1', 'audit-2']) }), counter())
    const [first, second] = both.data.audits
    expect(second!.predecessorId).toBe(first!.id)
    expect(first!.id).toBe('new-1')

    const onlyPredecessor = planImport(data, taken({ auditIds: new Set(['audit-1']) }), counter())
    expect(onlyPredecessor.data.audits[1]!.predecessorId).toBe('new-1')
  })

  it('keeps a link to a predecessor outside the archive as it is', () => {
    const alone: ArchiveData = {
      ...data,
      audits: [{ ...data.audits[1]!, predecessorId: 'kept-here' }],
      auditContents: data.auditContents.filter((c) => c.auditId === 'audit-2'),
    }
    const plan = planImport(alone, taken({ auditIds: new Set(['audit-2']) }), counter())
    expect(plan.data.audits[0]!.predecessorId).toBe('kept-here')
  })

  it('never marks a copy twice', () => {
    const marked = {
      ...data,
      audits: data.audits.map((a) => ({ ...a, client: 'Acme (imported)' })),
    }
    const plan = planImport(marked, taken({ auditIds: new Set(['audit-1']) }), counter())
    expect(plan.data.audits[0]!.client).toBe('Acme (imported)')
  })

  it('gives evidence a new id when only its id is taken', () => {
    const plan = planImport(data, taken({ evidenceIds: new Set(['ev-1']) }), counter())
    expect(plan.data.evidence[0]).toMatchObject({ id: 'new-1', auditId: 'audit-2' })
  })

  it('adds only settings that are not set here', () => {
    expect(planImport(data, taken(), counter()).data.settings).toHaveLength(1)
    expect(
      planImport(data, taken({ settingKeys: new Set(['profile']) }), counter()).data.settings,
    ).toEqual([])
  })

  it('installs a pack once, and leaves out one whose sections another pack has', () => {
    const pack = (id: string, sectionId: string): ContentPack => ({
      ...builtinPack,
      id,
      title: id,
      sections: [{ ...builtinPack.sections[0]!, id: sectionId }],
    })
    const packs = [
      { id: 'acme', version: '1.0.0', installedAt: 1, pack: pack('acme', 'release-management') },
      { id: 'clash', version: '1.0.0', installedAt: 1, pack: pack('clash', 'incident-response') },
      {
        id: 'here',
        version: '2.0.0',
        installedAt: 1,
        pack: { ...pack('here', 'x'), version: '2.0.0' },
      },
    ]
    const plan = planImport(
      { ...data, packs },
      taken({ packs: new Set(['here@2.0.0']) }),
      counter(),
    )
    expect(plan.packs.map((p) => [p.id, p.action, p.conflictWith])).toEqual([
      ['acme', 'install', undefined],
      ['clash', 'conflict', builtinPack.id],
      ['here', 'installed', undefined],
    ])
    expect(plan.data.packs.map((p) => p.id)).toEqual(['acme'])
  })
})

describe('planImport on a large archive', () => {
  /** The rows, behind a proxy that counts every row read and stops a pass too many. */
  function counted<T>(rows: T[], budget: number): { rows: T[]; reads: () => number } {
    let reads = 0
    const proxy = new Proxy(rows, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key) && ++reads > budget)
          throw new Error(`read more than ${budget} rows: more than a few passes over them`)
        return Reflect.get(target, key, receiver) as unknown
      },
    })
    return { rows: proxy, reads: () => reads }
  }

  it('summarises 4,000 audits with 200,000 answers in a few passes over the rows, not one per audit', () => {
    const audit = data.audits[0]!
    const answer = data.answers[0]!
    const item = data.evidence[0]!
    const audits = Array.from({ length: 4_000 }, (_, i) => ({ ...audit, id: `a${i}` }))
    const answers = counted(
      Array.from({ length: 200_000 }, (_, i) => ({
        ...answer,
        auditId: `a${i % 4_000}`,
        questionId: `q${i}`,
      })),
      // Remapping the audit id is one pass, the summary another: a per-audit filter would be
      // 4,000 passes.
      3 * 200_000,
    )
    const evidence = counted(
      Array.from({ length: 8_000 }, (_, i) => ({ ...item, id: `e${i}`, auditId: `a${i % 4_000}` })),
      5 * 8_000,
    )
    const plan = planImport(
      {
        ...data,
        audits,
        auditContents: [],
        answers: answers.rows,
        evidence: evidence.rows,
        evidenceFiles: [],
      },
      taken(),
      counter(),
    )
    expect(plan.audits).toHaveLength(4_000)
    expect(plan.audits[7]).toMatchObject({
      id: 'a7',
      answered: 50,
      evidenceCount: 2,
      evidenceBytes: 2 * item.size,
    })
    expect(answers.reads()).toBeLessThanOrEqual(2 * 200_000)
    expect(evidence.reads()).toBeLessThanOrEqual(4 * 8_000)
  })
})
