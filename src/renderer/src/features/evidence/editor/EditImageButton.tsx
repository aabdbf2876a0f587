import { lazy, Suspense, useState } from 'react'
import { evidenceCategory, type EvidenceItem } from '@core/evidence'
import { withoutBidiControls } from '@shared/bidi'

// The editor comes in its own chunk, the first time one is opened.
const ImageEditorDialog = lazy(() =>
  import('./ImageEditorDialog').then((m) => ({ default: m.ImageEditorDialog })),
)

/** Whether the editor can open the item: an image with a page rendition (it decoded). */
export function canEditImage(item: EvidenceItem): boolean {
  return evidenceCategory(item) === 'image' && item.renditions.includes('page')
}

/** "Edit / redact" for an image item, opening the image editor over whatever shows the item. */
export function EditImageButton({ item, className }: { item: EvidenceItem; className?: string }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button
        type="button"
        className={`button button--small${className ? ` ${className}` : ''}`}
        aria-label={`Edit / redact ${withoutBidiControls(item.fileName)}`}
        onClick={() => setOpen(true)}
      >
        Edit / redact
      </button>
      {open && (
        <Suspense fallback={null}>
          <ImageEditorDialog item={item} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  )
}
