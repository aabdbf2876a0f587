import { describe, expect, it } from 'vitest'
import type { EvidenceItem } from './model'
import {
  capturedOriginalOf,
  currentVersions,
  describeEdits,
  evidenceDerivationSchema,
  type EvidenceDerivation,
} from './derivation'

const HASH = 'a'.repeat(64)
const item = (
  id: string,
  derivation?: Partial<EvidenceDerivation>,
  deletedAt?: number,
): EvidenceItem => ({
  id,
  auditId: 'audit',
  kind: 'screenshot',
  fileName: `${id}.png`,
  mediaType: 'image/png',
  size: 1,
  sha256: HASH,
  capturedAt: 0,
  capturedBy: '',
  caption: '',
  questionKeys: [],
  renditions: [],
  ...(derivation
    ? {
        derivation: {
          fromId: '',
          fromSha256: HASH,
          edits: [{ op: 'crop', rect: { x: 0, y: 0, width: 1, height: 1 } }],
          madeBy: '',
          madeAt: 0,
          ...derivation,
        },
      }
    : {}),
  ...(deletedAt !== undefined ? { deletedAt } : {}),
})

describe('derived evidence in core', () => {
  it('shows the newest versions in place of what they were made from, but not deleted ones', () => {
    const items = [
      item('photo'),
      item('cropped', { fromId: 'photo' }),
      item('redacted', { fromId: 'cropped' }),
      item('rota'),
      item('rota-bin', { fromId: 'rota' }, 5),
      item('other'),
      item('other-a', { fromId: 'other' }),
      item('other-b', { fromId: 'other' }),
    ]
    expect(currentVersions(items).map(({ id }) => id)).toEqual([
      'redacted',
      'rota',
      'other-a',
      'other-b',
    ])
  })

  it('follows a chain back to the captured original, stopping at a cycle or a missing link', () => {
    const chain = [
      item('photo'),
      item('cropped', { fromId: 'photo' }),
      item('redacted', { fromId: 'cropped' }),
    ]
    const byId = new Map(chain.map((each) => [each.id, each]))
    expect(capturedOriginalOf(chain[2]!, byId).id).toBe('photo')
    const loop = [item('a', { fromId: 'b' }), item('b', { fromId: 'a' })]
    expect(capturedOriginalOf(loop[0]!, new Map(loop.map((each) => [each.id, each]))).id).toBe('b')
    expect(capturedOriginalOf(item('orphan', { fromId: 'gone' }), new Map()).id).toBe('orphan')
  })

  it('says what was done in words', () => {
    const rect = { x: 0, y: 0, width: 4, height: 4 }
    expect(
      describeEdits([
        { op: 'redact', rect, color: '#000000' },
        { op: 'crop', rect },
        { op: 'redact', rect, color: '#000000' },
        { op: 'callout', at: { x: 1, y: 1 }, number: 1, color: '#d00000' },
      ]),
    ).toBe('Redacted 2 regions, cropped, 1 numbered callout')
  })

  it('refuses a derivation without edits, with an empty masked range or an unknown edit', () => {
    const valid = { fromId: 'x', fromSha256: HASH, madeBy: '', madeAt: 0 }
    expect(evidenceDerivationSchema.safeParse({ ...valid, edits: [] }).success).toBe(false)
    expect(
      evidenceDerivationSchema.safeParse({
        ...valid,
        edits: [{ op: 'mask-text', start: 3, end: 3 }],
      }).success,
    ).toBe(false)
    expect(
      evidenceDerivationSchema.safeParse({ ...valid, edits: [{ op: 'erase', start: 0 }] }).success,
    ).toBe(false)
    expect(
      evidenceDerivationSchema.safeParse({
        ...valid,
        edits: [{ op: 'mask-text', start: 0, end: 4 }],
      }).success,
    ).toBe(true)
  })
})
