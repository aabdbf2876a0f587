import { copyFileName, type EvidenceItem } from '@core/evidence'
import { UserFacingError } from '@shared/errors'
import type { WorkbookDatabase } from '../../db/database'
import { evidenceBlob } from '../../db/queries/evidence'
import { deleteEvidence, restoreEvidence } from '../../db/repositories/evidence-edits'
import { getBridge } from '../../platform/bridge'
import { showError, useToasts } from '../../components/toast-store'

/** Saves the original bytes, exactly as captured, where the user chooses. */
export async function saveEvidenceCopy(db: WorkbookDatabase, item: EvidenceItem): Promise<void> {
  const blob = await evidenceBlob(db, item.id, 'original')
  if (!blob) {
    throw new UserFacingError(
      `The bytes of “${item.fileName}” are missing from this computer. Run “Verify evidence” in the evidence locker to see what else is affected.`,
    )
  }
  const bytes = new Uint8Array(await blob.arrayBuffer())
  // Main gives the copy the extension of its media type, never an executable one, and never
  // offers to open it: these are a client's bytes, not a document the app wrote.
  const result = await getBridge().saveFile({
    kind: 'evidence-copy',
    defaultName: copyFileName(item),
    // The type without parameters ("text/plain", not "text/plain; charset=utf-8").
    mediaType: item.mediaType.split(';')[0]!.trim() || 'application/octet-stream',
    bytes,
  })
  if (result.status === 'saved') {
    useToasts.getState().show({ message: `Saved a copy as “${result.name}”.`, tone: 'info' })
  }
}

/**
 * Deletes at once and offers to undo (the item is purged later, like a deleted audit). `message`
 * says more where there is more to say (what happens to an edited version's pair).
 */
export async function deleteEvidenceWithUndo(
  db: WorkbookDatabase,
  item: EvidenceItem,
  message = `Deleted “${item.fileName}”.`,
): Promise<void> {
  await deleteEvidence(db, item.id)
  useToasts.getState().show({
    message,
    tone: 'info',
    action: { label: 'Undo', run: () => restoreEvidence(db, item.id).catch(showError) },
  })
}
