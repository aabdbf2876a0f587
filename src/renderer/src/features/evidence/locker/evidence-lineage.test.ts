import { describe, expect, it } from 'vitest'
import type { EvidenceEdit, EvidenceItem } from '@core/evidence'
import { deletionMessage, evidenceLineage, lineageOf, versionName } from './evidence-lineage'

const box: EvidenceEdit = {
  op: 'redact',
  rect: { x: 0, y: 0, width: 2, height: 2 },
  color: '#000000',
}
const arrow: EvidenceEdit = {
  op: 'arrow',
  from: { x: 0, y: 0 },
  to: { x: 5, y: 5 },
  color: '#ff0000',
}

const item = (id: string, at: number, overrides: Partial<EvidenceItem> = {}): EvidenceItem => ({
  id,
  auditId: 'a',
  kind: 'screenshot',
  fileName: `${id}.png`,
  mediaType: 'image/png',
  size: 10,
  sha256: id.padEnd(64, '0'),
  capturedAt: at,
  capturedBy: 'Ana Ruiz',
  caption: '',
  questionKeys: [],
  renditions: [],
  ...overrides,
})
const from = (source: EvidenceItem, edits: EvidenceEdit[]) => ({
  derivation: {
    fromId: source.id,
    fromSha256: source.sha256,
    edits,
    madeBy: 'Ana Ruiz',
    madeAt: 9,
  },
})

const rota = item('rota', 1)
const redacted = item('redacted', 3, from(rota, [arrow, box]))
const annotated = item('annotated', 2, from(rota, [arrow]))
const orphan = item('orphan', 4, from(item('gone', 0), [box]))

describe('the lineage of the locker’s items', () => {
  const lineage = evidenceLineage([redacted, rota, annotated, orphan])

  it('gives an original its versions, oldest first, and each version its source', () => {
    expect(lineageOf(lineage, 'rota').versions.map((v) => v.id)).toEqual(['annotated', 'redacted'])
    expect(lineageOf(lineage, 'redacted').source).toBe(rota)
    expect(lineageOf(lineage, 'orphan')).toEqual({ versions: [] })
  })

  it('names a version by whether it redacted anything', () => {
    expect(versionName(redacted)).toBe('Redacted version')
    expect(versionName(annotated)).toBe('Edited version')
  })

  it('says what a deletion does to the pair', () => {
    expect(deletionMessage(rota, lineage)).toBe(
      'Deleted “rota.png”. Its 2 edited versions stay, and the report keeps showing them.',
    )
    const pair = evidenceLineage([rota, redacted])
    expect(deletionMessage(rota, pair)).toBe(
      'Deleted “rota.png”. Its redacted version “redacted.png” stays, and the report keeps showing it.',
    )
    expect(deletionMessage(redacted, pair)).toBe(
      'Deleted “redacted.png”. The report shows “rota.png” again in its place.',
    )
    expect(deletionMessage(redacted, lineage)).toBe(
      'Deleted “redacted.png”. The report keeps showing the other version of “rota.png”.',
    )
    expect(deletionMessage(orphan, lineage)).toBe('Deleted “orphan.png”.')
  })
})
