import type { WorkbookDatabase } from '../src/renderer/src/db/database'
import { captureEvidence } from '../src/renderer/src/features/evidence/capture/capture-queue'
import { clipboardImageInput } from '../src/renderer/src/features/evidence/capture/capture-sources'
import { workerRenditions } from '../src/renderer/src/features/evidence/renditions/worker-renditions'

export const EDITOR_IMAGE = { width: 4000, height: 3000 }

export interface EditorImageTarget {
  auditId: string
  fileName: string
  bytes: number
}

/**
 * A 4000 × 3000 screenshot (rows of text on a light background, as an on-call rota or a console
 * would be), pasted through the app's own capture path into the smallest audit that is not
 * archived, so the editor's benchmark opens it from a short locker.
 */
export async function seedEditorImage(db: WorkbookDatabase): Promise<EditorImageTarget> {
  const audits = (await db.audits.toArray()).filter((a) => a.archivedAt === undefined)
  const counts = await Promise.all(
    audits.map((a) => db.evidence.where('auditId').equals(a.id).count()),
  )
  const smallest = audits[counts.indexOf(Math.min(...counts))]
  if (!smallest) throw new Error('No audit to add the screenshot to.')
  const png = await screenshotPng()
  const { added, problems } = await captureEvidence(
    db,
    { auditId: smallest.id, questionKeys: [] },
    [clipboardImageInput(png, new Date(Date.UTC(2026, 10, 28, 9, 14, 5)))],
    { renditions: workerRenditions },
  )
  const item = added[0]
  if (!item) throw new Error(`The screenshot was not kept: ${problems.join('; ')}`)
  return { auditId: smallest.id, fileName: item.fileName, bytes: png.size }
}

async function screenshotPng(): Promise<Blob> {
  const canvas = new OffscreenCanvas(EDITOR_IMAGE.width, EDITOR_IMAGE.height)
  const context = canvas.getContext('2d')
  if (!context) throw new Error('No 2D canvas.')
  context.fillStyle = '#f4f5f7'
  context.fillRect(0, 0, canvas.width, canvas.height)
  context.fillStyle = '#1c2430'
  context.font = '18px sans-serif'
  const line = 'Primary on call: J. Smith +44 7700 900123 · key AKIA0123456789ABCDEF · '
  for (let y = 28; y < canvas.height; y += 26) context.fillText(line.repeat(4), 16, y)
  return canvas.convertToBlob({ type: 'image/png' })
}
