import { describe, expect, it } from 'vitest'
import { interviewOrder, snapshotContent } from '@core/audit'
import { builtinPack, questionKey } from '@core/content'
import type { EvidenceItem } from '@core/evidence'
import {
  changeFilter,
  filterEvidence,
  NO_FILTER,
  questionLabel,
  stepsByKey,
  UNLINKED,
} from './locker-filter'

const order = interviewOrder(
  snapshotContent(
    'a1',
    [builtinPack],
    builtinPack.sections.map((s) => s.id),
  ),
)
const steps = stepsByKey(order)
const [first, second] = order
const last = order[order.length - 1]!
const keyOf = (step: (typeof order)[number]) => questionKey(step.sectionId, step.question.id)

const item = (id: string, overrides: Partial<EvidenceItem>): EvidenceItem => ({
  id,
  auditId: 'a1',
  kind: 'file',
  fileName: `${id}.png`,
  mediaType: 'image/png',
  size: 1,
  sha256: '0'.repeat(64),
  capturedAt: 0,
  capturedBy: 'Ana',
  caption: '',
  questionKeys: [],
  renditions: ['thumbnail', 'page'],
  ...overrides,
})

const photo = item('photo', { questionKeys: [keyOf(first!)] })
const pdf = item('pdf', {
  mediaType: 'application/pdf',
  renditions: [],
  questionKeys: [keyOf(second!), keyOf(last)],
})
const loose = item('loose', { kind: 'link', mediaType: 'text/uri-list', renditions: [] })
const all = [photo, pdf, loose]
const ids = (items: EvidenceItem[]) => items.map((i) => i.id)

describe('locker filters', () => {
  it('shows everything when nothing is chosen', () => {
    expect(ids(filterEvidence(all, NO_FILTER, steps))).toEqual(['photo', 'pdf', 'loose'])
  })

  it('filters by check, question, type and the unlinked', () => {
    expect(ids(filterEvidence(all, { ...NO_FILTER, checkId: last.check.id }, steps))).toEqual([
      'pdf',
    ])
    expect(ids(filterEvidence(all, { ...NO_FILTER, questionKey: keyOf(first!) }, steps))).toEqual([
      'photo',
    ])
    expect(ids(filterEvidence(all, { ...NO_FILTER, category: 'pdf' }, steps))).toEqual(['pdf'])
    expect(ids(filterEvidence(all, { ...NO_FILTER, questionKey: UNLINKED }, steps))).toEqual([
      'loose',
    ])
    expect(ids(filterEvidence(all, { ...NO_FILTER, sectionId: first!.sectionId }, steps))).toEqual([
      'photo',
      'pdf',
    ])
  })

  it('filters edited versions, and the originals they were made from', () => {
    const redacted = item('redacted', {
      derivation: {
        fromId: 'photo',
        fromSha256: photo.sha256,
        edits: [{ op: 'crop', rect: { x: 0, y: 0, width: 1, height: 1 } }],
        madeBy: 'Ana',
        madeAt: 1,
      },
    })
    const withVersion = [...all, redacted]
    expect(ids(filterEvidence(withVersion, { ...NO_FILTER, version: 'edited' }, steps))).toEqual([
      'redacted',
    ])
    expect(ids(filterEvidence(withVersion, { ...NO_FILTER, version: 'originals' }, steps))).toEqual(
      ['photo'],
    )
  })

  it('clears a narrower filter that no longer fits', () => {
    const chosen = changeFilter(NO_FILTER, { questionKey: keyOf(first!) }, steps)
    expect(changeFilter(chosen, { checkId: last.check.id }, steps).questionKey).toBe('')
    expect(changeFilter(chosen, { checkId: first!.check.id }, steps).questionKey).toBe(
      keyOf(first!),
    )
    expect(changeFilter(chosen, { sectionId: 'other' }, steps)).toMatchObject({
      sectionId: 'other',
      questionKey: '',
    })
  })

  it('labels a question by its place and prompt', () => {
    expect(questionLabel(first!)).toBe(`Q1 · ${first!.question.prompt}`)
  })
})
