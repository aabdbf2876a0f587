import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { unzipSync } from 'fflate'
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeEach, describe, expect, it } from 'vitest'
import { builtinPack } from '@core/content'
import type { EvidenceItem } from '@core/evidence'
import { buildReportModel } from '@core/report/build'
import { DEFAULT_REPORT_OPTIONS, type ReportOptions } from '@core/report/build/input'
import { docxText } from '@core/report/test-support/docx-text'
import type { WorkbookDatabase } from '../../db/database'
import { createAudit } from '../../db/repositories/audits'
import type { RenditionMaker } from '../../db/repositories/evidence'
import { deriveEvidence } from '../../db/repositories/evidence-derivation'
import { deleteEvidence, setEvidenceInternal } from '../../db/repositories/evidence-edits'
import { captureEvidence, draftFor, fakeClock, freshDatabase } from '../../db/test-support/fixtures'
import { ReportDocument } from '../report-preview/ReportDocument'
import { memorySink } from '@core/zip/stream-zip'
import { writeReportFile } from './build-report'
import { loadReportInput } from './load-report-input'

const fixture = (name: string) =>
  new Uint8Array(
    readFileSync(new URL(`../../../../../e2e/fixtures/files/${name}`, import.meta.url)),
  )
const originalBytes = fixture('on-call-dashboard.png')
const redactedBytes = fixture('escalation-diagram.png')
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/**
 * Node has no image decoder: the page rendition is the file itself, the worst case for a leak,
 * since the original's rendition would then be the original's very bytes.
 */
const renditionIsTheFile: RenditionMaker = async (original, mediaType) => {
  const rendition = { blob: original, mediaType, width: 2, height: 2 }
  return { width: 2, height: 2, thumbnail: rendition, page: rendition }
}

const sameBytes = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((byte, i) => byte === b[i])

describe('a report made from an audit with an original and its redacted version', () => {
  let db: WorkbookDatabase
  let auditId: string
  let original: EvidenceItem
  let redacted: EvidenceItem
  const clock = fakeClock()

  beforeEach(async () => {
    db = await freshDatabase()
    auditId = (await createAudit(db, draftFor(builtinPack), [builtinPack], clock)).id
    const services = { clock, renditions: renditionIsTheFile }
    original = await captureEvidence(
      db,
      {
        auditId,
        questionKeys: ['incident-response/who-gets-paged'],
        kind: 'screenshot',
        fileName: 'dashboard.png',
        mediaType: 'image/png',
        bytes: new Blob([originalBytes]),
        caption: 'The on-call dashboard',
      },
      services,
    )
    redacted = await deriveEvidence(
      db,
      {
        from: original,
        bytes: new Blob([redactedBytes]),
        mediaType: 'image/png',
        fileName: 'dashboard (redacted).png',
        edits: [{ op: 'redact', rect: { x: 0, y: 0, width: 2, height: 2 }, color: '#000000' }],
      },
      services,
    )
  })

  const request = (edition: ReportOptions['edition']) => ({
    auditId,
    options: { ...DEFAULT_REPORT_OPTIONS, edition },
    now: clock.now(),
    timeZone: 'UTC',
  })
  const wordReport = async (edition: ReportOptions['edition']) => {
    const file = memorySink()
    await writeReportFile(db, request(edition), file.sink, () => {})
    return file.bytes()
  }

  it('holds no part equal to the original, and the redacted version’s rendition, in both editions', async () => {
    for (const edition of ['client', 'internal'] as const) {
      const docx = await wordReport(edition)
      const parts = Object.values(unzipSync(docx))
      expect(parts.some((part) => sameBytes(part, originalBytes))).toBe(false)
      expect(parts.some((part) => sameBytes(part, redactedBytes))).toBe(true)
      const text = docxText(docx)
      expect(text).toContain(sha256(redactedBytes))
      expect(text).toContain(`Redacted from an original with SHA-256 ${sha256(originalBytes)}`)
      expect(text).not.toContain('dashboard.png')
    }
  })

  it('shows the same lines in the preview', async () => {
    const input = await loadReportInput(db, auditId, DEFAULT_REPORT_OPTIONS, request('client'))
    const model = buildReportModel(input)
    const html = renderToStaticMarkup(
      <ReportDocument
        model={model}
        urls={new Map(model.media.map((m) => [m.id, `blob:${m.id}`]))}
        imageLoading="eager"
      />,
    )
    expect(html).toContain(`<code>${sha256(redactedBytes)}</code>`)
    expect(html).toContain(
      `<dt>Original</dt><dd>Redacted from an original with SHA-256 <code>${sha256(originalBytes)}</code></dd>`,
    )
    expect(html).toContain(`src="blob:${redacted.id}/page"`)
    expect(html).not.toContain(`blob:${original.id}/page`)
  })

  it('brings the original back when the redacted version is deleted', async () => {
    await deleteEvidence(db, redacted.id)
    const parts = Object.values(unzipSync(await wordReport('client')))
    expect(parts.some((part) => sameBytes(part, originalBytes))).toBe(true)
    expect(parts.some((part) => sameBytes(part, redactedBytes))).toBe(false)
  })

  it('leaves both out of the client edition when the redacted version is internal', async () => {
    await setEvidenceInternal(db, redacted.id, true)
    const parts = Object.values(unzipSync(await wordReport('client')))
    expect(parts.some((part) => sameBytes(part, originalBytes))).toBe(false)
    expect(parts.some((part) => sameBytes(part, redactedBytes))).toBe(false)
  })
})
