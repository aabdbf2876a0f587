import type { EvidenceBlob, EvidenceBlobRole, EvidenceItem } from '@core/evidence/model'
import type { WorkbookDatabase } from '../db/database'
import { sha256Hex } from '../platform/sha256'
import { reasonOf, type WorkspaceHttp } from './workspace-http'

/**
 * Evidence bytes in the team workspace (issue 18): one `blob:<sha256>` document per file in the
 * audit's database, its byte streams (original and renditions) as attachments, moved one file at
 * a time by id, never through replication (the audit's replication leaves `blob:` documents
 * out), so memory holds one file at most. Uploaded from the laptop that captured it; downloaded
 * by the others, the original's SHA-256 checked before anything is stored. A file the server
 * holds is noted as a revision of its `blob:` document, so it is neither sent nor fetched twice.
 */

export interface BytesContext {
  db: WorkbookDatabase
  http: WorkspaceHttp
  auditId: string
  database: string
  author: string
  now(): number
  log(message: string, detail?: unknown): void
  /** Resolves when the consultant is not typing: moving a file never competes with a save. */
  whenQuiet(): Promise<void>
  /** Told which files are still to send when an upload starts and ends, and each one sent. */
  toSend?: { are(itemIds: string[]): void; sent(itemId: string): void }
}

const blobDocId = (item: Pick<EvidenceItem, 'sha256'>) => `blob:${item.sha256}`

type AuditOf = Pick<BytesContext, 'db' | 'auditId'>

async function livingEvidence(context: AuditOf): Promise<EvidenceItem[]> {
  const items = await context.db.evidence.where('auditId').equals(context.auditId).toArray()
  return items.filter((item) => item.deletedAt === undefined)
}

/** The items whose file the server is not known to hold: read in one request, as this runs often. */
async function notKnownSent(context: AuditOf, items: EvidenceItem[]): Promise<EvidenceItem[]> {
  const revs = await context.db.teamRevs.bulkGet(
    items.map((item): [string, string] => [context.auditId, blobDocId(item)]),
  )
  return items.filter((_, index) => revs[index] === undefined)
}

/** Which items have their original on this laptop, in one request. */
async function originalsHere(context: AuditOf, items: EvidenceItem[]): Promise<boolean[]> {
  const originals = await context.db.evidenceBlobs.bulkGet(
    items.map((item): [string, EvidenceBlobRole] => [item.id, 'original']),
  )
  return originals.map((original) => original !== undefined)
}

/** The items whose original this laptop lacks. */
async function missingHere(context: AuditOf, items: EvidenceItem[]): Promise<EvidenceItem[]> {
  const here = await originalsHere(context, items)
  return items.filter((_, index) => !here[index])
}

/**
 * The items (of `items`, else of the whole audit) whose file this laptop holds and the server is
 * not known to: what is still to send, as the status counts it.
 */
export async function filesToSend(
  context: AuditOf,
  items?: readonly EvidenceItem[],
): Promise<EvidenceItem[]> {
  const living = items ? items.filter((item) => item.deletedAt === undefined) : undefined
  const unsent = await notKnownSent(context, living ?? (await livingEvidence(context)))
  const here = await originalsHere(context, unsent)
  return unsent.filter((_, index) => here[index])
}

async function note(context: BytesContext, item: EvidenceItem, rev: string): Promise<void> {
  await context.db.teamRevs.put({ auditId: context.auditId, docId: blobDocId(item), rev })
}

/** Sends the bytes of every item captured here that the server does not hold yet. */
export async function uploadEvidenceBytes(context: BytesContext): Promise<number> {
  let sent = 0
  const items = await filesToSend(context)
  context.toSend?.are(items.map((item) => item.id))
  for (const item of items) {
    await context.whenQuiet()
    const blobs = await context.db.evidenceBlobs
      .where('[evidenceId+role]')
      .between([item.id], [item.id, []])
      .toArray()
    if (!blobs.some((blob) => blob.role === 'original')) continue // not on this laptop either
    const path = `${context.database}/${encodeURIComponent(blobDocId(item))}`
    const there = await context.http.send('GET', path)
    if (there.status === 200) {
      await note(context, item, (there.body as { _rev: string })._rev)
      context.toSend?.sent(item.id)
      continue
    }
    const created = await context.http.send('PUT', path, {
      kind: 'blob',
      sha256: item.sha256,
      mediaType: item.mediaType,
      size: item.size,
      by: context.author,
      at: context.now(),
    })
    if (created.status >= 300)
      throw new Error(`The workspace refused ${item.fileName}: ${reasonOf(created.body)}`)
    let rev = (created.body as { rev: string }).rev
    for (const blob of blobs) {
      const answer = await context.http.bytes('PUT', `${path}/${blob.role}?rev=${rev}`, blob.blob)
      const body = (await answer.json()) as { rev?: string; reason?: string }
      if (!answer.ok || !body.rev)
        throw new Error(`The workspace refused ${item.fileName} (${blob.role}): ${reasonOf(body)}`)
      rev = body.rev
    }
    await note(context, item, rev)
    context.toSend?.sent(item.id)
    sent += 1
  }
  // Items deleted, or sent by another run, meanwhile: the status counts only what is left (read
  // again only after sending, not at every pump's run with nothing to send).
  if (context.toSend && items.length > 0)
    context.toSend.are((await filesToSend(context)).map((item) => item.id))
  return sent
}

export interface Downloaded {
  stored: number
  /** Files the server does not hold yet: their colleague's laptop has not sent them. */
  notSentYet: number
}

/**
 * Fetches the bytes of every item of the audit this laptop lacks, one at a time. A file whose
 * original does not hash to the item's SHA-256 is refused, told, and not stored; the rest go on.
 */
export async function downloadEvidenceBytes(context: BytesContext): Promise<Downloaded> {
  let stored = 0
  let notSentYet = 0
  for (const item of await missingHere(context, await livingEvidence(context))) {
    await context.whenQuiet()
    const path = `${context.database}/${encodeURIComponent(blobDocId(item))}`
    const original = await context.http.bytes('GET', `${path}/original`)
    if (original.status === 404) {
      notSentYet += 1 // asked for again later (team-engine.ts)
      continue
    }
    if (!original.ok)
      throw new Error(`The workspace answered ${original.status} for ${item.fileName}`)
    const bytes = await original.blob()
    if (bytes.size !== item.size || (await sha256Hex(bytes)) !== item.sha256) {
      context.log(
        `Refused the bytes of "${item.fileName}" from the workspace: they do not match its SHA-256.`,
      )
      continue
    }
    const blobs: EvidenceBlob<Blob>[] = [
      {
        evidenceId: item.id,
        role: 'original',
        mediaType: item.mediaType,
        blob: new Blob([bytes], { type: item.mediaType }),
      },
    ]
    for (const role of item.renditions) {
      const rendition = await context.http.bytes('GET', `${path}/${role}`)
      if (!rendition.ok) continue // drawn again here when missing
      const blob = await rendition.blob()
      blobs.push({
        evidenceId: item.id,
        role: role satisfies EvidenceBlobRole,
        mediaType: blob.type || 'image/webp',
        blob,
      })
    }
    await context.db.transaction('rw', context.db.evidence, context.db.evidenceBlobs, async () => {
      // Deleted meanwhile: nothing to keep.
      if (!(await context.db.evidence.get(item.id))) return
      await context.db.evidenceBlobs.bulkPut(blobs)
    })
    stored += 1
  }
  return { stored, notSentYet }
}
