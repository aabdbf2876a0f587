import { describe, expect, it } from 'vitest'
import type { EvidenceDerivation, EvidenceEdit, EvidenceItem } from '../../evidence'
import { fixtureInput } from '../test-support/fixture-audit'
import { buildReportModel } from './build-report-model'
import { currentReportEvidence } from './evidence-versions'
import type { ReportEvidence, ReportInput } from './input'

const box: EvidenceEdit = {
  op: 'redact',
  rect: { x: 0, y: 0, width: 4, height: 4 },
  color: '#000000',
}
const arrow: EvidenceEdit = {
  op: 'arrow',
  from: { x: 0, y: 0 },
  to: { x: 9, y: 9 },
  color: '#ff0000',
}

const base = fixtureInput()
const original = base.evidence[0]!
const HASH_A = original.item.sha256

function derivedFrom(
  source: EvidenceItem,
  id: string,
  edits: EvidenceEdit[],
  overrides: Partial<EvidenceItem> = {},
): ReportEvidence {
  const derivation: EvidenceDerivation = {
    fromId: source.id,
    fromSha256: source.sha256,
    edits,
    madeBy: 'Ana Ruiz',
    madeAt: source.capturedAt + 60_000,
  }
  return {
    item: {
      ...source,
      id,
      fileName: `${id}.png`,
      sha256: id.slice(0, 1).repeat(64),
      capturedAt: derivation.madeAt,
      derivation,
      ...overrides,
    },
    image: { mediaId: `${id}/page`, type: 'png', width: 1600, height: 900 },
  }
}

const withEvidence = (evidence: ReportEvidence[], edition: ReportInput['options']['edition']) =>
  fixtureInput({ evidence, options: { ...base.options, edition } })

const ids = (evidence: readonly ReportEvidence[]) => evidence.map((e) => e.item.id)

describe('the evidence a report shows', () => {
  it('puts a derived version in its original’s place, with the original’s hash', () => {
    const redacted = derivedFrom(original.item, 'f-redacted', [box])
    const shown = currentReportEvidence([...base.evidence, redacted])
    expect(ids(shown)).toEqual(['ev-2', 'f-redacted'])
    expect(shown[1]!.original).toEqual({ sha256: HASH_A, redacted: true })
  })

  it('names the captured original at the end of a chain, redacted if any step redacted', () => {
    const annotated = derivedFrom(original.item, 'a-annotated', [arrow])
    const redacted = derivedFrom(annotated.item, 'b-redacted', [box])
    const shown = currentReportEvidence([...base.evidence, annotated, redacted])
    expect(ids(shown)).toEqual(['ev-2', 'b-redacted'])
    expect(shown[1]!.original).toEqual({ sha256: HASH_A, redacted: true })

    const onlyAnnotated = currentReportEvidence([original, annotated])
    expect(onlyAnnotated[0]!.original).toEqual({ sha256: HASH_A, redacted: false })
  })

  it('falls back to the recorded hash when the original is not there', () => {
    const redacted = derivedFrom(original.item, 'c-redacted', [box])
    const shown = currentReportEvidence([redacted])
    expect(shown[0]!.original).toEqual({ sha256: HASH_A, redacted: true })
  })

  it('brings the original back when its derived version is deleted', () => {
    const deleted = derivedFrom(original.item, 'd-redacted', [box], { deletedAt: 5 })
    expect(ids(currentReportEvidence([original, deleted]))).toEqual(['ev-1'])
  })

  it('prints both hashes in the appendix: "Redacted from", or "Edited from" without a redaction', () => {
    const redacted = derivedFrom(original.item, 'f-redacted', [box])
    const model = buildReportModel(withEvidence([...base.evidence, redacted], 'client'))
    const rows = model.body.flatMap((b) => (b.kind === 'keyValues' ? [b.rows] : []))
    const derivedRows = rows.find((r) => r.some((row) => row.value[0]?.text === 'f-redacted.png'))!
    expect(derivedRows).toContainEqual({
      key: 'SHA-256',
      value: [{ text: 'f'.repeat(64), mono: true }],
    })
    expect(derivedRows).toContainEqual({
      key: 'Original',
      value: [{ text: 'Redacted from an original with SHA-256 ' }, { text: HASH_A, mono: true }],
    })
    expect(model.media.map((m) => m.id)).toEqual(['f-redacted/page'])
    expect(JSON.stringify(model.body)).not.toContain('{"text":"pagerduty-schedule.png"}')

    const annotated = derivedFrom(original.item, 'a-annotated', [arrow])
    const edited = JSON.stringify(buildReportModel(withEvidence([original, annotated], 'client')))
    expect(edited).toContain('Edited from an original with SHA-256 ')
    expect(edited).not.toContain('Redacted from')
  })

  it('never lets an internal derived version bring its original back into the client edition', () => {
    const redacted = derivedFrom(original.item, 'f-redacted', [box], { internal: true })
    const client = buildReportModel(withEvidence([...base.evidence, redacted], 'client'))
    expect(client.media).toEqual([])
    expect(JSON.stringify(client.body)).not.toContain('{"text":"pagerduty-schedule.png"}')
    const internal = buildReportModel(withEvidence([...base.evidence, redacted], 'internal'))
    expect(internal.media.map((m) => m.id)).toEqual(['f-redacted/page'])
  })

  it('shows the derived version in the client edition when only the original is internal', () => {
    const internalOriginal = { ...original, item: { ...original.item, internal: true } }
    const redacted = derivedFrom(original.item, 'f-redacted', [box])
    const client = buildReportModel(withEvidence([internalOriginal, redacted], 'client'))
    expect(client.media.map((m) => m.id)).toEqual(['f-redacted/page'])
    expect(JSON.stringify(client.body)).toContain(HASH_A)
  })
})
