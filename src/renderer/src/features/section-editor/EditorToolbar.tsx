import { Link } from 'wouter'
import type { SaveStatus } from './draft-autosave'

const STATUS: Record<SaveStatus, string> = {
  saved: 'All changes saved',
  saving: 'Saving…',
  failed: 'Not saved',
}

interface EditorToolbarProps {
  draftId: string
  status: SaveStatus
  canUndo: boolean
  canRedo: boolean
  onUndo(): void
  onRedo(): void
  onPublish(): void
  onDiscard(): void
}

/** Undo and redo, the save status, and what to do with the draft. */
export function EditorToolbar(props: EditorToolbarProps) {
  return (
    <div className="editor-toolbar">
      <button
        type="button"
        className="button button--small"
        disabled={!props.canUndo}
        aria-keyshortcuts="Control+Z Meta+Z"
        onClick={props.onUndo}
      >
        Undo
      </button>
      <button
        type="button"
        className="button button--small"
        disabled={!props.canRedo}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
        onClick={props.onRedo}
      >
        Redo
      </button>
      <span className="editor-toolbar__status muted" role="status">
        {STATUS[props.status]}
      </span>
      <Link href={`/library/drafts/${props.draftId}/preview`} className="button button--small">
        Preview as interview
      </Link>
      <button type="button" className="button button--small" onClick={props.onDiscard}>
        Discard draft
      </button>
      <button type="button" className="button button--primary" onClick={props.onPublish}>
        Publish…
      </button>
    </div>
  )
}
