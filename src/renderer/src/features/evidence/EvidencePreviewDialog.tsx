import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react'
import { describeMediaType, evidenceCategory, type EvidenceItem } from '@core/evidence'
import { isTextEvidence } from '@core/redaction/text-evidence'
import { formatByteSize } from '@core/text/byte-size'
import { withoutBidiControls } from '@shared/bidi'
import { Dialog } from '../../components/Dialog'
import { formatDateTime } from '../../components/format'
import { useDatabase } from '../../db/DatabaseContext'
import { getBridge } from '../../platform/bridge'
import { showError } from '../../components/toast-store'
import { saveEvidenceCopy } from './evidence-actions'
import { HashField } from './HashField'
import { RedactableText } from './redaction/RedactableText'
import { PdfOpening } from './pdf/PdfOpening'
import { useBlobUrl } from './useBlobUrl'
import { usePdfPageRedaction } from './editor/RedactPdfPage'
import { useEvidenceBlob } from '../../db/queries/useEvidence'

// The PDF viewer and pdf.js come in their own chunk, the first time a PDF is opened.
const PdfViewer = lazy(() => import('./pdf/PdfViewer').then((m) => ({ default: m.PdfViewer })))

interface EvidencePreviewDialogProps {
  item: EvidenceItem
  open: boolean
  /** Asks to close: the dialog closes, then `onClosed` unmounts it. */
  onRequestClose: () => void
  onClosed: () => void
  /** Buttons before "Save a copy", e.g. "Delete". */
  actions?: ReactNode
  /** Offers to redact (a page of a PDF as an image); false where the audit is read-only. */
  editable?: boolean
}

/**
 * An item large: an image's page rendition, a PDF in the app's own viewer, a snippet's text, a
 * link's address; for anything else its type and size. Every one can be saved as a copy.
 */
export function EvidencePreviewDialog(props: EvidencePreviewDialogProps) {
  const { item, open, onRequestClose, onClosed, actions, editable = false } = props
  const db = useDatabase()
  // The dialog opens (its effect runs first) focused on Close, not on the first field inside.
  const closeRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (open) closeRef.current?.focus()
  }, [open])
  return (
    <Dialog
      title={item.caption || withoutBidiControls(item.fileName)}
      open={open}
      onClose={onClosed}
      className="dialog--preview"
      footer={{
        extra: (
          <>
            {actions}
            <button
              type="button"
              className="button"
              onClick={() => void saveEvidenceCopy(db, item).catch(showError)}
            >
              Save a copy
            </button>
          </>
        ),
        primary: { label: 'Close', onClick: onRequestClose, ref: closeRef },
      }}
    >
      <div className="preview">
        <div className="preview__stage">
          <PreviewBody item={item} editable={editable} />
        </div>
        <dl className="preview__facts">
          <div>
            <dt>File name</dt>
            <dd>{withoutBidiControls(item.fileName)}</dd>
          </div>
          <div>
            <dt>Type</dt>
            <dd>{describeMediaType(item.mediaType)}</dd>
          </div>
          <div>
            <dt>Size</dt>
            <dd>{formatByteSize(item.size)}</dd>
          </div>
          <div>
            <dt>Captured</dt>
            <dd>
              {formatDateTime(item.capturedAt)}
              {item.capturedBy && ` by ${item.capturedBy}`}
            </dd>
          </div>
        </dl>
        <HashField sha256={item.sha256} fileName={item.fileName} />
      </div>
    </Dialog>
  )
}

function PreviewBody({ item, editable }: { item: EvidenceItem; editable: boolean }) {
  switch (evidenceCategory(item)) {
    case 'image':
      return item.renditions.includes('page') ? (
        <ImagePreview item={item} />
      ) : (
        <NoPreview item={item} />
      )
    case 'pdf':
      return <PdfPreview item={item} editable={editable} />
    case 'snippet':
      return <SnippetPreview item={item} />
    case 'link':
      return <LinkPreview item={item} />
    case 'file':
      return isTextEvidence(item) ? <SnippetPreview item={item} /> : <NoPreview item={item} />
  }
}

function ImagePreview({ item }: { item: EvidenceItem }) {
  const url = useBlobUrl(useEvidenceBlob(item.id, 'page'))
  return url ? (
    <img className="preview__image" src={url} alt={item.caption || item.fileName} />
  ) : (
    <p className="muted">Loading…</p>
  )
}

function PdfPreview({ item, editable }: { item: EvidenceItem; editable: boolean }) {
  const blob = useEvidenceBlob(item.id, 'original')
  const { redactPage, editor } = usePdfPageRedaction(item)
  return (
    <Suspense fallback={<PdfOpening />}>
      <PdfViewer
        blob={blob}
        fileName={item.fileName}
        onRedactPage={editable ? (image) => void redactPage(image) : undefined}
      />
      {editor}
    </Suspense>
  )
}

function SnippetPreview({ item }: { item: EvidenceItem }) {
  const blob = useEvidenceBlob(item.id, 'original')
  const [text, setText] = useState<string>()
  useEffect(() => {
    let current = true
    void blob?.text().then((value) => current && setText(value))
    return () => {
      current = false
    }
  }, [blob])
  return (
    <RedactableText item={item} text={text}>
      <pre className="preview__text">{text ?? ''}</pre>
    </RedactableText>
  )
}

function LinkPreview({ item }: { item: EvidenceItem }) {
  const open = async () => {
    const { opened } = await getBridge().openExternal({ url: item.url ?? '' })
    if (!opened) {
      showError('Only https:// links open from the app. Copy the address into your browser.')
    }
  }
  return (
    <RedactableText item={item} text={item.url}>
      <div className="preview__link">
        <p className="preview__url">{item.url}</p>
        <button type="button" className="button" onClick={() => void open().catch(showError)}>
          Open in browser
        </button>
      </div>
    </RedactableText>
  )
}

function NoPreview({ item }: { item: EvidenceItem }) {
  return (
    <p className="preview__none">
      {describeMediaType(item.mediaType)}, {formatByteSize(item.size)}. The app does not preview
      this type of file; save a copy to open it.
    </p>
  )
}
