import { useEffect, useLayoutEffect, useRef, useState, type Ref } from 'react'
import type { PixelPoint } from '@core/evidence'
import { drawPreview } from './draw-preview'
import {
  currentSize,
  POINT_TOOLS,
  selectionRect,
  type EditorAction,
  type EditorState,
} from './editor-state'
import type { EditorImage } from './load-editor-image'

interface EditorStageProps {
  image: EditorImage
  state: EditorState
  dispatch: (action: EditorAction) => void
  stageRef: Ref<HTMLDivElement>
  describedBy: string
}

/**
 * The image with its edits, and the selection over it: drawn on a canvas (redrawn only when the
 * edits or the zoom change), the selection a box laid over it, so moving it costs no redraw.
 * Dragging selects; the keyboard does the same through the dialog's key handler.
 */
export function EditorStage({ image, state, dispatch, stageRef, describedBy }: EditorStageProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const boxRef = useRef<HTMLDivElement>(null)
  const [room, setRoom] = useState<{ width: number; height: number }>()
  const [drawn, setDrawn] = useState(false)
  const drag = useRef<PixelPoint>(undefined)

  // The stage's room decides the "fit" scale.
  useLayoutEffect(() => {
    const box = boxRef.current
    if (!box) return
    const measure = () => setRoom({ width: box.clientWidth, height: box.clientHeight })
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(box)
    return () => observer.disconnect()
  }, [])

  const size = currentSize(state)
  const fit = room ? Math.min(room.width / size.width, room.height / size.height) : 0
  const scale = fit * state.zoom

  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas || scale <= 0) return
    drawPreview(canvas, image.preview, image.size, state.edits, scale)
    setDrawn(true)
  }, [image, state.edits, scale])

  const toImage = (event: React.PointerEvent): PixelPoint => {
    const bounds = canvasRef.current?.getBoundingClientRect()
    if (!bounds || scale <= 0) return { x: 0, y: 0 }
    return {
      x: Math.round((event.clientX - bounds.left) / scale),
      y: Math.round((event.clientY - bounds.top) / scale),
    }
  }

  const selection = state.selection
  const rect = selection && selectionRect(selection)
  const point = POINT_TOOLS.has(state.tool)

  return (
    <div className="image-editor__room" ref={boxRef}>
      <div
        ref={stageRef}
        className="image-editor__stage"
        tabIndex={0}
        role="application"
        aria-roledescription="image editor"
        aria-label="Image"
        aria-describedby={describedBy}
        style={{ width: Math.round(size.width * scale), height: Math.round(size.height * scale) }}
        onPointerDown={(event) => {
          if (event.button !== 0) return
          event.currentTarget.setPointerCapture(event.pointerId)
          const at = toImage(event)
          drag.current = at
          dispatch({ type: 'select', selection: { from: at, to: at } })
        }}
        onPointerMove={(event) => {
          if (!drag.current || point) return
          dispatch({ type: 'select', selection: { from: drag.current, to: toImage(event) } })
        }}
        onPointerUp={() => {
          drag.current = undefined
        }}
      >
        <canvas
          ref={canvasRef}
          className="image-editor__canvas"
          data-ready={drawn ? 'true' : undefined}
        />
        {selection && rect && scale > 0 && (
          <div
            className={`image-editor__selection${point ? ' image-editor__selection--point' : ''}`}
            data-testid="editor-selection"
            style={
              point
                ? { left: selection.from.x * scale, top: selection.from.y * scale }
                : {
                    left: rect.x * scale,
                    top: rect.y * scale,
                    width: rect.width * scale,
                    height: rect.height * scale,
                  }
            }
          />
        )}
      </div>
    </div>
  )
}
