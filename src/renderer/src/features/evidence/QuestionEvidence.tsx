import { useId, useState, type DragEvent } from 'react'
import { supersededIds, type EvidenceItem } from '@core/evidence'
import { withoutBidiControls } from '@shared/bidi'
import { useDatabase } from '../../db/DatabaseContext'
import { setEvidenceInternal, unlinkEvidence } from '../../db/repositories/evidence-edits'
import { showError } from '../../components/toast-store'
import { AddLinkDialog } from './AddLinkDialog'
import { AddSnippetDialog } from './AddSnippetDialog'
import { CaptureStatus } from './CaptureStatus'
import { readClipboardImage } from './capture/clipboard-image'
import {
  clipboardImageInput,
  fileInput,
  filesOf,
  type CaptureInput,
} from './capture/capture-sources'
import { useEvidenceCapture } from './capture/useEvidenceCapture'
import { usePasteCapture } from './capture/usePasteCapture'
import { deleteEvidenceWithUndo } from './evidence-actions'
import { EvidencePreviewDialog } from './EvidencePreviewDialog'
import { EvidenceThumbnail } from './EvidenceThumbnail'
import { EditImageButton, canEditImage } from './editor/EditImageButton'
import { useQuestionEvidence } from '../../db/queries/useEvidence'
import { InternalBadge } from '../../components/InternalBadge'
import { versionTag } from './locker/evidence-lineage'
import './evidence.css'

interface QuestionEvidenceProps {
  auditId: string
  /** `sectionId/questionId` of the question on screen. */
  questionKey: string
  readOnly: boolean
}

const TAG_MEANS = {
  Redacted: 'A redacted version: reports show it in place of its original',
  Edited: 'An edited version: reports show it in place of its original',
  Original: 'As captured: reports show its edited version instead',
} as const

/**
 * The evidence of the question on screen, and every way to add more: drop files on it, pick
 * files, paste a screenshot (Ctrl/Cmd+V anywhere outside a text field, or the button), add a
 * link or a text snippet.
 */
export function QuestionEvidence({ auditId, questionKey, readOnly }: QuestionEvidenceProps) {
  const titleId = useId()
  const db = useDatabase()
  const items = useQuestionEvidence(auditId, questionKey) ?? []
  const superseded = supersededIds(items)
  const { capture, pickAndCapture } = useEvidenceCapture(auditId)
  const [dragging, setDragging] = useState(false)
  const [adding, setAdding] = useState<'link' | 'snippet'>()
  const [preview, setPreview] = useState<{ item: EvidenceItem; open: boolean }>()

  const add = (inputs: CaptureInput[]) => void capture({ questionKeys: [questionKey] }, inputs)
  usePasteCapture(add, !readOnly)

  const pasteFromButton = async () => {
    try {
      add([clipboardImageInput(await readClipboardImage())])
    } catch (error) {
      showError(error)
    }
  }

  const dragProps = readOnly
    ? {}
    : {
        onDragOver: (event: DragEvent) => {
          if (!event.dataTransfer.types.includes('Files')) return
          event.preventDefault()
          event.dataTransfer.dropEffect = 'copy'
          setDragging(true)
        },
        onDragLeave: (event: DragEvent) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false)
        },
        onDrop: (event: DragEvent) => {
          event.preventDefault()
          setDragging(false)
          add(filesOf(event.dataTransfer).map((file) => fileInput(file)))
        },
      }

  const closePreview = () => setPreview((p) => p && { ...p, open: false })
  // The live row, so that the dialog follows a change made in it (its Internal toggle).
  const shown = preview && (items.find((item) => item.id === preview.item.id) ?? preview.item)
  const sharedWithOthers = shown !== undefined && shown.questionKeys.length > 1

  return (
    <section
      className={`evidence-panel${dragging ? ' evidence-panel--dragging' : ''}`}
      aria-labelledby={titleId}
      {...dragProps}
    >
      <div className="evidence-panel__header">
        <h3 id={titleId} className="field__label">
          Evidence
        </h3>
        {items.length > 0 && <span className="muted evidence-panel__count">{items.length}</span>}
      </div>

      {items.length > 0 && (
        <ul className="evidence-tiles" aria-label="Evidence for this question">
          {items.map((item) => {
            const tag = versionTag(item, superseded)
            return (
              <li key={item.id}>
                <button
                  type="button"
                  className="evidence-tile"
                  aria-label={`Open ${item.caption || withoutBidiControls(item.fileName)}${tag ? ` (${tag.toLowerCase()})` : ''}${item.internal ? ' (internal)' : ''}`}
                  title={withoutBidiControls(item.fileName)}
                  onClick={() => setPreview({ item, open: true })}
                >
                  <EvidenceThumbnail item={item} />
                  {(tag || item.internal) && (
                    <span className="evidence-tile__tags">
                      {tag && (
                        <span className="tag" title={TAG_MEANS[tag]}>
                          {tag}
                        </span>
                      )}
                      {item.internal && <InternalBadge short />}
                    </span>
                  )}
                  <span className="evidence-tile__name">
                    {item.caption || withoutBidiControls(item.fileName)}
                  </span>
                </button>
                {!readOnly && canEditImage(item) && (
                  <EditImageButton item={item} className="evidence-tile__edit" />
                )}
              </li>
            )
          })}
        </ul>
      )}

      {readOnly ? (
        items.length === 0 && <p className="muted">No evidence for this question.</p>
      ) : (
        <div className="evidence-drop">
          <p className="evidence-drop__hint">
            {dragging
              ? 'Drop to add to this question'
              : 'Drop files here, paste a screenshot with Ctrl+V, or:'}
          </p>
          <div className="evidence-drop__actions">
            <button
              type="button"
              className="button button--small"
              onClick={() => void pickAndCapture({ questionKeys: [questionKey] })}
            >
              Add files…
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => void pasteFromButton()}
            >
              Paste screenshot
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => setAdding('link')}
            >
              Add link…
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => setAdding('snippet')}
            >
              Add text snippet…
            </button>
          </div>
        </div>
      )}
      <CaptureStatus />

      <AddLinkDialog
        open={adding === 'link'}
        onClose={() => setAdding(undefined)}
        onAdd={(input) => add([input])}
      />
      <AddSnippetDialog
        open={adding === 'snippet'}
        onClose={() => setAdding(undefined)}
        onAdd={(input) => add([input])}
      />
      {preview && (
        <EvidencePreviewDialog
          item={preview.item}
          open={preview.open}
          onRequestClose={closePreview}
          onClosed={() => setPreview(undefined)}
          editable={!readOnly}
          actions={
            readOnly ? undefined : (
              <>
                <button
                  type="button"
                  className="button"
                  aria-pressed={shown?.internal ?? false}
                  title="Internal: left out of the client edition"
                  onClick={() =>
                    void setEvidenceInternal(
                      db,
                      preview.item.id,
                      !(shown?.internal ?? false),
                    ).catch(showError)
                  }
                >
                  Internal
                </button>
                {sharedWithOthers ? (
                  <button
                    type="button"
                    className="button"
                    onClick={() => {
                      closePreview()
                      unlinkEvidence(db, preview.item.id, questionKey).catch(showError)
                    }}
                  >
                    Remove from this question
                  </button>
                ) : (
                  <button
                    type="button"
                    className="button button--danger-quiet"
                    onClick={() => {
                      closePreview()
                      deleteEvidenceWithUndo(db, preview.item).catch(showError)
                    }}
                  >
                    Delete
                  </button>
                )}
              </>
            )
          }
        />
      )}
    </section>
  )
}
