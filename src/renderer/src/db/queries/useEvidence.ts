import { useEffect, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { EvidenceBlobRole, EvidenceItem } from '@core/evidence'
import { useDatabase } from '../DatabaseContext'
import { watchThumbnail } from './batched-blob-reads'
import { evidenceBlob, liveEvidenceOf, liveEvidenceOfQuestion } from './evidence'

const newestFirst = (a: EvidenceItem, b: EvidenceItem) =>
  b.capturedAt - a.capturedAt || a.fileName.localeCompare(b.fileName)

/** The audit's evidence still in use, newest first; undefined while loading. */
export function useAuditEvidence(auditId: string): EvidenceItem[] | undefined {
  const db = useDatabase()
  return useLiveQuery(
    async () => (await liveEvidenceOf(db, auditId)).sort(newestFirst),
    [db, auditId],
  )
}

/** The evidence supporting one question (`sectionId/questionId`), in the order it was added. */
export function useQuestionEvidence(
  auditId: string,
  questionKey: string,
): EvidenceItem[] | undefined {
  const db = useDatabase()
  return useLiveQuery(
    async () =>
      (await liveEvidenceOfQuestion(db, auditId, questionKey)).sort(
        (a, b) => a.capturedAt - b.capturedAt,
      ),
    [db, auditId, questionKey],
  )
}

/** One stored byte stream (a handle: its bytes are read only when shown). */
export function useEvidenceBlob(id: string, role: EvidenceBlobRole | undefined): Blob | undefined {
  const db = useDatabase()
  return useLiveQuery(
    async () => (role ? await evidenceBlob(db, id, role) : undefined),
    [db, id, role],
  )
}

/**
 * An item's thumbnail, read when the component showing it mounts, together with every other
 * thumbnail asked for at that moment (one request for the rows a scroll brings into view). Not
 * live once read: a thumbnail is written with its item's bytes and never changes; watched only
 * while those bytes are still on their way from a colleague (see `watchThumbnail`).
 */
export function useThumbnailBlob(id: string, hasThumbnail: boolean): Blob | undefined {
  const db = useDatabase()
  const [read, setRead] = useState<{ id: string; blob: Blob }>()
  useEffect(() => {
    if (!hasThumbnail) return
    return watchThumbnail(db, id, (blob) => setRead({ id, blob }))
  }, [db, id, hasThumbnail])
  return hasThumbnail && read?.id === id ? read.blob : undefined
}
