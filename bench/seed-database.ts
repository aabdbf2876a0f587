import { toHex } from '@core/evidence'
import type { Answer } from '@core/audit'
import type { EvidenceBlob, EvidenceItem } from '@core/evidence'
import type { WorkbookDatabase } from '../src/renderer/src/db/database'
import { createAudit } from '../src/renderer/src/db/repositories/audits'
import type { Clock } from '../src/renderer/src/db/repositories/clock'
import { saveSetting } from '../src/renderer/src/db/repositories/settings'
import { profileSetting } from '../src/renderer/src/db/settings/known-settings'
import {
  calibrateNoise,
  IMAGE_HEIGHT,
  IMAGE_WIDTH,
  makeImage,
  noiseTiles,
  THUMB_HEIGHT,
  THUMB_WIDTH,
} from './images'
import {
  benchPack,
  int,
  mulberry32,
  pick,
  planAudits,
  plannedAnswer,
  seededId,
  smallFile,
  WORKLOAD,
  WORKLOAD_EPOCH,
  type Workload,
} from './workload'

export const PROFILE = { auditorName: 'Ada Moreau', firm: 'Bench & Partners' }

export interface SeededWorkload {
  largestAuditId: string
  /** Rows the audits screen lists by default (archived audits are hidden). */
  visibleRows: number
  audits: number
  answers: number
  evidence: number
  /** Images in all audits, and in the largest (the ones its report embeds). */
  images: number
  largestImages: number
  /** Bytes of the images embedded in the largest audit's report (the page renditions). */
  largestImageBytes: number
  /** Every evidence byte stored, all roles. */
  storedBytes: number
  noise: number
  ms: number
}

const sha256 = async (bytes: BufferSource) => toHex(await crypto.subtle.digest('SHA-256', bytes))

/**
 * Loads the workload through the app's own schema and repositories: audits with `createAudit`
 * (content snapshot, question count), then answers and evidence rows written in bulk in the
 * shapes the repositories write them (metadata, original, and for images the thumbnail and the
 * page rendition with their pixel sizes), hashed with SHA-256 as at capture.
 */
export async function seedDatabase(
  db: WorkbookDatabase,
  seed: number,
  workload: Workload = WORKLOAD,
): Promise<SeededWorkload> {
  const started = performance.now()
  const random = mulberry32(seed)
  const idStream = mulberry32(seed ^ 0x5eed)
  let now = WORKLOAD_EPOCH
  const clock: Clock = { now: () => now, newId: () => seededId(idStream) }

  await saveSetting(db, profileSetting, PROFILE)
  const pack = benchPack()
  await db.packs.put({ id: pack.id, version: pack.version, installedAt: now, pack })
  const plans = planAudits(random, pack, workload)

  const tiles = noiseTiles(mulberry32(seed + 2))
  const noise = await calibrateNoise(() => mulberry32(seed + 1), tiles, workload.imageBytes)
  const ids: string[] = []
  let answers = 0
  let evidenceCount = 0
  let images = 0
  let largestImages = 0
  let largestImageBytes = 0
  let storedBytes = 0
  let fileNumber = 0

  for (const [index, plan] of plans.entries()) {
    now = WORKLOAD_EPOCH + index * 60_000
    const audit = await createAudit(db, plan.draft, [pack], clock)
    ids.push(audit.id)
    const content = await db.auditContents.get(audit.id)
    const keys = content!.sections.flatMap(({ section }) =>
      section.checks.flatMap((check) =>
        check.questions.map((q) => ({
          auditId: audit.id,
          sectionId: section.id,
          questionId: q.id,
        })),
      ),
    )
    const rows: Answer[] = keys
      .filter(() => plan.answered === 1 || random() < plan.answered)
      .map((key) => plannedAnswer(random, key, plan.updatedAt - int(random, 0, 1_000_000)))
    await db.answers.bulkAdd(rows)
    answers += rows.length

    // Evidence: images first (the largest audit's), then small files, each linked to questions.
    const questionKeys = () => {
      const key = pick(random, keys)
      return [`${key.sectionId}/${key.questionId}`]
    }
    const items: EvidenceItem[] = []
    const blobs: EvidenceBlob<Blob>[] = []
    const flush = async () => {
      await db.transaction('rw', db.evidence, db.evidenceBlobs, async () => {
        await db.evidence.bulkAdd(items)
        await db.evidenceBlobs.bulkAdd(blobs)
      })
      items.length = 0
      blobs.length = 0
    }
    for (let n = 0; n < plan.images; n++) {
      const image = await makeImage(random, tiles, noise)
      const bytes = await image.page.arrayBuffer()
      const item: EvidenceItem = {
        id: clock.newId(),
        auditId: audit.id,
        kind: 'screenshot',
        fileName: `screenshot-${String(n + 1).padStart(String(plan.images).length, '0')}.jpg`,
        mediaType: 'image/jpeg',
        size: bytes.byteLength,
        sha256: await sha256(bytes),
        capturedAt: plan.updatedAt - (plan.images - n) * 60_000,
        capturedBy: PROFILE.auditorName,
        caption: `Screen shown during the interview, ${n + 1}`,
        questionKeys: questionKeys(),
        renditions: ['thumbnail', 'page'],
      }
      const page = new Blob([bytes], { type: 'image/jpeg' })
      const size = { width: IMAGE_WIDTH, height: IMAGE_HEIGHT }
      items.push(item)
      blobs.push(
        { evidenceId: item.id, role: 'original', mediaType: 'image/jpeg', ...size, blob: page },
        { evidenceId: item.id, role: 'page', mediaType: 'image/jpeg', ...size, blob: page },
        {
          evidenceId: item.id,
          role: 'thumbnail',
          mediaType: 'image/jpeg',
          width: THUMB_WIDTH,
          height: THUMB_HEIGHT,
          blob: image.thumbnail,
        },
      )
      images++
      if (index === 0) {
        largestImages++
        largestImageBytes += bytes.byteLength
      }
      storedBytes += 2 * bytes.byteLength + image.thumbnail.size
      if (items.length === 20) await flush()
    }
    for (let n = 0; n < plan.smallFiles; n++) {
      const file = smallFile(random, ++fileNumber)
      const item: EvidenceItem = {
        id: clock.newId(),
        auditId: audit.id,
        kind: 'file',
        fileName: file.fileName,
        mediaType: file.mediaType,
        size: file.bytes.byteLength,
        sha256: await sha256(file.bytes),
        capturedAt: plan.updatedAt - n * 30_000,
        capturedBy: PROFILE.auditorName,
        caption: '',
        questionKeys: questionKeys(),
        renditions: [],
      }
      items.push(item)
      blobs.push({
        evidenceId: item.id,
        role: 'original',
        mediaType: file.mediaType,
        blob: new Blob([file.bytes], { type: file.mediaType }),
      })
      storedBytes += file.bytes.byteLength
    }
    if (items.length > 0) await flush()
    evidenceCount += plan.images + plan.smallFiles
  }

  // The audits' later state: status, last change, archived, re-assessments.
  await db.transaction('rw', db.audits, async () => {
    for (const [index, plan] of plans.entries()) {
      await db.audits.update(ids[index]!, {
        status: plan.status,
        updatedAt: plan.updatedAt,
        ...(plan.archived ? { archivedAt: plan.updatedAt } : {}),
        ...(plan.predecessor !== undefined ? { predecessorId: ids[plan.predecessor]! } : {}),
      })
    }
  })

  return {
    largestAuditId: ids[0]!,
    visibleRows: plans.filter((p) => !p.archived).length,
    audits: plans.length,
    answers,
    evidence: evidenceCount,
    images,
    largestImages,
    largestImageBytes,
    storedBytes,
    noise,
    ms: performance.now() - started,
  }
}
