import type { EvidenceItem, ImageSize } from '@core/evidence'
import type { WorkbookDatabase } from '../../../db/database'
import { evidenceBlobsOf } from '../../../db/queries/evidence'

export interface EditorImage {
  original: Blob
  /** The original's pixel size: what every edit's coordinates refer to. */
  size: ImageSize
  /** The page rendition, decoded: what the editor shows, so opening never decodes 12 MP here. */
  preview: ImageBitmap
}

/**
 * Reads and decodes what the editor shows. Started by the click that opens the editor, so it
 * runs while the dialog itself is laid out and painted.
 */
export async function loadEditorImage(
  db: WorkbookDatabase,
  item: EvidenceItem,
): Promise<EditorImage> {
  const [[original], [page]] = await Promise.all([
    evidenceBlobsOf(db, [item], 'original'),
    evidenceBlobsOf(db, [item], 'page'),
  ])
  if (!original || !page) throw new Error('Its image is missing from the locker.')
  const preview = await createImageBitmap(page.blob)
  return {
    original: original.blob,
    size: {
      width: original.width ?? page.width ?? preview.width,
      height: original.height ?? page.height ?? preview.height,
    },
    preview,
  }
}

/** A page of a PDF drawn as a PNG: the image is its own original, at the size it was drawn. */
export async function loadPageImage(png: Blob): Promise<EditorImage> {
  const preview = await createImageBitmap(png)
  return { original: png, size: { width: preview.width, height: preview.height }, preview }
}
