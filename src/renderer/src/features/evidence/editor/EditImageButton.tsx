import { useEffect, useState } from 'react'
import { evidenceCategory, type EvidenceItem } from '@core/evidence'
import { withoutBidiControls } from '@shared/bidi'
import { showError } from '../../../components/toast-store'
import { useDatabase } from '../../../db/DatabaseContext'
import { EDITOR_LOAD_FAILED, loadEditor, type ImageEditorDialogComponent } from './load-editor'
import { loadEditorImage, type EditorImage } from './load-editor-image'

/** Whether the editor can open the item: an image with a page rendition (it decoded). */
export function canEditImage(item: EvidenceItem): boolean {
  return evidenceCategory(item) === 'image' && item.renditions.includes('page')
}

interface OpenEditor {
  Dialog: ImageEditorDialogComponent
  loading: Promise<EditorImage>
  loaded?: EditorImage
}

/** How long the editor waits for its image before opening without it ("Opening the image…"). */
const OPEN_WITH_IMAGE_MS = 150

/** "Edit / redact" for an image item, opening the image editor over whatever shows the item. */
export function EditImageButton({ item, className }: { item: EvidenceItem; className?: string }) {
  const db = useDatabase()
  const [open, setOpen] = useState<OpenEditor>()
  useEffect(() => {
    const idle = requestIdleCallback(() => void loadEditor().catch(() => undefined))
    return () => cancelIdleCallback(idle)
  }, [])

  const openEditor = async () => {
    // The image is read and decoded while the editor's code loads and its dialog is drawn.
    const loading = loadEditorImage(db, item)
    loading.catch(() => undefined) // shown by the editor, which takes the promise
    try {
      const ImageEditorDialog = await loadEditor()
      // Usually the image is ready in a few tens of milliseconds: the editor then opens with it
      // in its first frame rather than drawing an empty dialog first.
      const loaded = await Promise.race([
        loading.catch(() => undefined),
        new Promise<undefined>((resolve) => setTimeout(resolve, OPEN_WITH_IMAGE_MS)),
      ])
      setOpen({ Dialog: ImageEditorDialog, loading, ...(loaded ? { loaded } : {}) })
    } catch {
      showError(EDITOR_LOAD_FAILED)
    }
  }

  return (
    <>
      <button
        type="button"
        className={`button button--small${className ? ` ${className}` : ''}`}
        aria-label={`Edit / redact ${withoutBidiControls(item.fileName)}`}
        onClick={() => void openEditor()}
      >
        Edit / redact
      </button>
      {open && (
        <open.Dialog
          item={item}
          loading={open.loading}
          loaded={open.loaded}
          onClose={() => setOpen(undefined)}
        />
      )}
    </>
  )
}
