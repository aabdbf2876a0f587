import { useEffect, useState } from 'react'
import type { EvidenceItem, ImageSize } from '@core/evidence'
import { useDatabase } from '../../../db/DatabaseContext'
import { evidenceBlobsOf } from '../../../db/queries/evidence'

export interface EditorImage {
  original: Blob
  /** The original's pixel size: what every edit's coordinates refer to. */
  size: ImageSize
  /** The page rendition, decoded: what the editor shows, so opening never decodes 12 MP here. */
  preview: ImageBitmap
}

/** The image an editor works on; `error` when it cannot be read. */
export function useEditorImage(item: EvidenceItem): { image?: EditorImage; error?: string } {
  const db = useDatabase()
  const [state, setState] = useState<{ image?: EditorImage; error?: string }>({})
  useEffect(() => {
    let current = true
    let preview: ImageBitmap | undefined
    void (async () => {
      const [[original], [page]] = await Promise.all([
        evidenceBlobsOf(db, [item], 'original'),
        evidenceBlobsOf(db, [item], 'page'),
      ])
      if (!original || !page) throw new Error('Its image is missing from the locker.')
      preview = await createImageBitmap(page.blob)
      const size = {
        width: original.width ?? page.width ?? preview.width,
        height: original.height ?? page.height ?? preview.height,
      }
      if (current) setState({ image: { original: original.blob, size, preview } })
      else preview.close()
    })().catch((error: unknown) => {
      if (current) setState({ error: error instanceof Error ? error.message : String(error) })
    })
    return () => {
      current = false
      preview?.close()
    }
  }, [db, item])
  return state
}
