import type { Ref } from 'react'
import { TOOLS, ZOOMS, type EditorAction, type EditorState } from './editor-state'

interface EditorToolbarProps {
  state: EditorState
  dispatch: (action: EditorAction) => void
  onApply: () => void
  labelRef: Ref<HTMLInputElement>
  disabled: boolean
}

/** The tools (one pressed at a time), apply, undo and redo, zoom, and a text label's words. */
export function EditorToolbar({
  state,
  dispatch,
  onApply,
  labelRef,
  disabled,
}: EditorToolbarProps) {
  return (
    <div className="image-editor__toolbar" role="toolbar" aria-label="Image editing tools">
      <div className="image-editor__group">
        {TOOLS.map(({ tool, label, key }) => (
          <button
            key={tool}
            type="button"
            className="button button--small image-editor__tool"
            aria-pressed={state.tool === tool}
            aria-keyshortcuts={key.toUpperCase()}
            title={`${label} (${key.toUpperCase()})`}
            disabled={disabled}
            onClick={() => dispatch({ type: 'tool', tool })}
          >
            {label}
          </button>
        ))}
      </div>
      {state.tool === 'label' && (
        <label className="image-editor__label-text">
          <span>Label text</span>
          <input
            ref={labelRef}
            className="input"
            value={state.labelText}
            maxLength={500}
            onChange={(event) => dispatch({ type: 'label-text', text: event.target.value })}
            onKeyDown={(event) => {
              if (event.key !== 'Enter') return
              event.preventDefault()
              event.stopPropagation()
              onApply()
            }}
          />
        </label>
      )}
      <div className="image-editor__group">
        <button
          type="button"
          className="button button--small button--primary"
          aria-keyshortcuts="Enter"
          disabled={disabled || !state.selection}
          onClick={onApply}
        >
          Apply
        </button>
        <button
          type="button"
          className="button button--small"
          aria-keyshortcuts="Control+Z"
          disabled={disabled || state.edits.length === 0}
          onClick={() => dispatch({ type: 'undo' })}
        >
          Undo
        </button>
        <button
          type="button"
          className="button button--small"
          aria-keyshortcuts="Control+Shift+Z Control+Y"
          disabled={disabled || state.undone.length === 0}
          onClick={() => dispatch({ type: 'redo' })}
        >
          Redo
        </button>
      </div>
      <div className="image-editor__group" role="group" aria-label="Zoom">
        <button
          type="button"
          className="button button--small"
          aria-label="Zoom out"
          aria-keyshortcuts="-"
          disabled={state.zoom <= ZOOMS[0]}
          onClick={() => dispatch({ type: 'zoom', direction: 'out' })}
        >
          −
        </button>
        <span className="image-editor__zoom" aria-live="polite">
          {state.zoom === 1 ? 'Fit' : `${Math.round(state.zoom * 100)}% of fit`}
        </span>
        <button
          type="button"
          className="button button--small"
          aria-label="Zoom in"
          aria-keyshortcuts="+"
          disabled={state.zoom >= Math.max(...ZOOMS)}
          onClick={() => dispatch({ type: 'zoom', direction: 'in' })}
        >
          +
        </button>
        <button
          type="button"
          className="button button--small"
          aria-keyshortcuts="0"
          onClick={() => dispatch({ type: 'zoom', direction: 'fit' })}
        >
          Fit
        </button>
      </div>
    </div>
  )
}
