import {
  useEffect,
  useId,
  useLayoutEffect,
  useReducer,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react'
import type { EvidenceItem } from '@core/evidence'
import { describeEdits } from '@core/evidence'
import { withoutBidiControls } from '@shared/bidi'
import { Dialog } from '../../../components/Dialog'
import { DialogFooter } from '../../../components/DialogFooter'
import { showError, useToasts } from '../../../components/toast-store'
import { useDatabase } from '../../../db/DatabaseContext'
import { EditorStage } from './EditorStage'
import { EditorToolbar } from './EditorToolbar'
import { actionForKey, SHORTCUTS } from './editor-keys'
import { currentSize, editorReducer, initialEditorState, selectionRect } from './editor-state'
import { startEditSession, type EditSession, type PdfPageSource } from './edit-session'
import type { EditorImage } from './load-editor-image'
import { useEditorImage } from './useEditorImage'
import './image-editor.css'

interface ImageEditorDialogProps {
  item: EvidenceItem
  /** The image, being read and decoded since the click that opened the editor. */
  loading: Promise<EditorImage>
  /** The image, when it was ready before the editor opened. */
  loaded?: EditorImage | undefined
  /** When the image is a page of the (PDF) item rather than the item itself. */
  pdfPage?: PdfPageSource | undefined
  onClose: () => void
}

/**
 * Annotate and redact an image (issue 16): the edits are shown live on the page rendition and
 * made for real, on the original's pixels, in a worker when saving; the result is kept as a
 * derived item beside the original, which is never changed.
 */
export function ImageEditorDialog(props: ImageEditorDialogProps) {
  const { onClose, loading, loaded, pdfPage } = props
  // The item as it was opened: the locker's live rows change (a save adds one) while it is open.
  const [item] = useState(props.item)
  const ref = useRef<HTMLDialogElement>(null)
  const { image, error } = useEditorImage(loading, loaded)
  const name = `“${withoutBidiControls(item.fileName)}”${pdfPage ? `, page ${pdfPage.page}` : ''}`

  // Before the editor's own effects, which focus the image: showModal would move focus after.
  useLayoutEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])

  return (
    <dialog
      ref={ref}
      className="dialog image-editor"
      aria-label={`Edit or redact ${name}`}
      // Escape is handled by the editor (a selection first); and neither event may reach a
      // dialog the editor was opened from, such as the PDF preview, through React's tree.
      onCancel={(event) => {
        event.preventDefault()
        event.stopPropagation()
      }}
      onClose={(event) => {
        event.stopPropagation()
        // Not the close of the "Discard your edits?" dialog inside it.
        if (event.target === event.currentTarget) onClose()
      }}
    >
      <h2 className="dialog__title">Edit or redact {name}</h2>
      {image ? (
        <Editor item={item} image={image} pdfPage={pdfPage} onClose={() => ref.current?.close()} />
      ) : (
        <>
          <p className={error ? 'image-editor__error' : 'muted'} role={error ? 'alert' : 'status'}>
            {error ? `The image could not be opened. ${error}` : 'Opening the image…'}
          </p>
          <DialogFooter cancel={{ label: 'Close', onClick: () => ref.current?.close() }} />
        </>
      )}
    </dialog>
  )
}

function Editor({
  item,
  image,
  pdfPage,
  onClose,
}: {
  item: EvidenceItem
  image: EditorImage
  pdfPage: PdfPageSource | undefined
  onClose: () => void
}) {
  const db = useDatabase()
  const show = useToasts((s) => s.show)
  const [state, dispatch] = useReducer(editorReducer, image.size, initialEditorState)
  const [saving, setSaving] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const stageRef = useRef<HTMLDivElement>(null)
  const labelRef = useRef<HTMLInputElement>(null)
  const session = useRef<EditSession>(undefined)
  const statusId = useId()
  const shortcutsId = useId()

  const sessionOf = () => (session.current ??= startEditSession(item, image.original, pdfPage))
  useEffect(() => {
    stageRef.current?.focus()
    // The original is decoded in the worker once the first frame is on screen, so that the
    // two do not compete for the processor; saving starts it at once if it has not started.
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(sessionOf, 0)
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
      session.current?.end()
      session.current = undefined
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- one session per image opened
  }, [item, image])

  const apply = () => {
    if (state.tool === 'label' && state.selection && !state.labelText.trim()) {
      labelRef.current?.focus()
      return
    }
    dispatch({ type: 'apply' })
    stageRef.current?.focus()
  }

  const requestClose = () => {
    if (state.selection) return dispatch({ type: 'cancel-selection' })
    if (state.edits.length > 0) return setConfirming(true)
    onClose()
  }

  const save = async () => {
    if (state.edits.length === 0) return
    setSaving(true)
    try {
      const derived = await sessionOf().save(db, state.edits)
      show({
        message: `Saved “${withoutBidiControls(derived.fileName)}” beside the original.`,
        tone: 'info',
      })
      onClose()
    } catch (error) {
      showError(error)
      setSaving(false)
    }
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (saving || confirming) return
    if (event.key === 'Escape') {
      event.preventDefault()
      return requestClose()
    }
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault()
      return void save()
    }
    const target = event.target as HTMLElement
    const inText = target instanceof HTMLInputElement
    // Enter on a button is the button's; elsewhere it applies the tool.
    if (event.key === 'Enter' && target instanceof HTMLButtonElement) return
    const action = actionForKey(event, currentSize(state), inText)
    if (!action) return
    event.preventDefault()
    if (action.type === 'apply') apply()
    else dispatch(action)
  }

  const rect = state.selection && selectionRect(state.selection)
  const size = currentSize(state)
  const status = rect
    ? `Selection ${rect.width} × ${rect.height} at ${rect.x}, ${rect.y}. Enter applies, Escape cancels.`
    : state.edits.length > 0
      ? `${describeEdits(state.edits)}. Image ${size.width} × ${size.height}.`
      : `No edits yet. Image ${size.width} × ${size.height}.`

  return (
    <div className="image-editor__body" onKeyDown={onKeyDown}>
      <EditorToolbar
        state={state}
        dispatch={(action) => {
          dispatch(action)
          if (action.type === 'tool') stageRef.current?.focus()
        }}
        onApply={apply}
        labelRef={labelRef}
        disabled={saving}
      />
      <EditorStage
        image={image}
        state={state}
        dispatch={dispatch}
        stageRef={stageRef}
        describedBy={`${statusId} ${shortcutsId}`}
      />
      <p id={statusId} className="image-editor__status" role="status">
        {status}
      </p>
      <section className="image-editor__shortcuts" aria-labelledby={`${shortcutsId}-title`}>
        <h3 id={`${shortcutsId}-title`} className="image-editor__shortcuts-title">
          Keyboard
        </h3>
        <dl id={shortcutsId}>
          {SHORTCUTS.map(([keys, what]) => (
            <div key={keys}>
              <dt>
                <kbd>{keys}</kbd>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
      </section>
      <DialogFooter
        cancel={{
          label: 'Cancel',
          onClick: () => (state.edits.length > 0 ? setConfirming(true) : onClose()),
          disabled: saving,
        }}
        primary={{
          label: saving ? 'Saving…' : 'Save as a new version',
          onClick: () => void save(),
          disabled: saving || state.edits.length === 0,
        }}
      />
      <Dialog
        title="Discard your edits?"
        open={confirming}
        onClose={() => setConfirming(false)}
        footer={{
          cancel: { label: 'Keep editing', onClick: () => setConfirming(false) },
          primary: { label: 'Discard edits', tone: 'danger', onClick: onClose },
        }}
      >
        <p>
          {describeEdits(state.edits)}. Nothing has been saved; the original stays as it was
          captured.
        </p>
      </Dialog>
    </div>
  )
}
