import {
  clampRect,
  editFrames,
  nextCalloutNumber,
  type ImageEdit,
  type ImageSize,
  type PixelPoint,
  type PixelRect,
} from '@core/evidence'
import { HIGHLIGHT_COLOR, MARK_COLOR, REDACT_COLOR } from './draw-annotation'

export type Tool = ImageEdit['op']

/** The tools in toolbar order, with the key that picks each. */
export const TOOLS: ReadonlyArray<{ tool: Tool; label: string; key: string }> = [
  { tool: 'redact', label: 'Redact', key: 'r' },
  { tool: 'blur', label: 'Blur', key: 'b' },
  { tool: 'pixelate', label: 'Pixelate', key: 'p' },
  { tool: 'crop', label: 'Crop', key: 'c' },
  { tool: 'highlight', label: 'Highlight', key: 'h' },
  { tool: 'arrow', label: 'Arrow', key: 'a' },
  { tool: 'callout', label: 'Numbered callout', key: 'n' },
  { tool: 'label', label: 'Text label', key: 't' },
]

/** Tools that mark one point (the selection's first corner), not a rectangle. */
export const POINT_TOOLS: ReadonlySet<Tool> = new Set(['callout', 'label'])

/** Zoom as a multiple of "fit the image in the stage". */
export const ZOOMS = [0.5, 0.75, 1, 1.5, 2, 3, 4] as const

/** A selection from the corner where it started to the opposite one (an arrow's tail and head). */
export interface Selection {
  from: PixelPoint
  to: PixelPoint
}

export interface EditorState {
  /** The image as opened. */
  size: ImageSize
  tool: Tool
  edits: ImageEdit[]
  /** Edits undone, the next to redo last. */
  undone: ImageEdit[]
  /** In the pixels of the image as it is now (after the crops so far). */
  selection?: Selection
  zoom: number
  labelText: string
}

export type EditorAction =
  | { type: 'tool'; tool: Tool }
  | { type: 'select'; selection: Selection }
  | { type: 'move'; dx: number; dy: number }
  | { type: 'resize'; dx: number; dy: number }
  | { type: 'cancel-selection' }
  | { type: 'apply' }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'zoom'; direction: 'in' | 'out' | 'fit' }
  | { type: 'label-text'; text: string }

export function initialEditorState(size: ImageSize): EditorState {
  return { size, tool: 'redact', edits: [], undone: [], zoom: 1, labelText: '' }
}

/** The size of the image after the edits so far. */
export const currentSize = (state: EditorState): ImageSize =>
  editFrames(state.edits, state.size).size

/** A keyboard step in image pixels: one hundredth of the image's long edge, at least 1. */
export const keyStep = (size: ImageSize, big: boolean): number =>
  Math.max(1, Math.round(Math.max(size.width, size.height) / 100)) * (big ? 10 : 1)

export function selectionRect({ from, to }: Selection): PixelRect {
  return {
    x: Math.min(from.x, to.x),
    y: Math.min(from.y, to.y),
    width: Math.abs(to.x - from.x),
    height: Math.abs(to.y - from.y),
  }
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  const size = currentSize(state)
  switch (action.type) {
    case 'tool':
      return { ...state, tool: action.tool, selection: state.selection ?? centred(size) }
    case 'select':
      return { ...state, selection: clampSelection(action.selection, size) }
    case 'move': {
      if (!state.selection) return state
      const { from, to } = state.selection
      const rect = selectionRect(state.selection)
      // Moved as a whole: it stops at the edge rather than shrinking.
      const dx = clamp(action.dx, -rect.x, size.width - rect.x - rect.width)
      const dy = clamp(action.dy, -rect.y, size.height - rect.y - rect.height)
      return {
        ...state,
        selection: { from: shift(from, dx, dy), to: shift(to, dx, dy) },
      }
    }
    case 'resize':
      if (!state.selection) return state
      return {
        ...state,
        selection: clampSelection(
          { ...state.selection, to: shift(state.selection.to, action.dx, action.dy) },
          size,
        ),
      }
    case 'cancel-selection':
      return { ...state, selection: undefined }
    case 'apply': {
      const edit = state.selection && editFor(state, state.selection, size)
      if (!edit) return state
      return { ...state, edits: [...state.edits, edit], undone: [], selection: undefined }
    }
    case 'undo': {
      const last = state.edits.at(-1)
      if (!last) return state
      return { ...state, edits: state.edits.slice(0, -1), undone: [...state.undone, last] }
    }
    case 'redo': {
      const next = state.undone.at(-1)
      if (!next) return state
      return { ...state, edits: [...state.edits, next], undone: state.undone.slice(0, -1) }
    }
    case 'zoom':
      return { ...state, zoom: nextZoom(state.zoom, action.direction) }
    case 'label-text':
      return { ...state, labelText: action.text }
  }
}

/** The edit the tool makes from the selection; none when it would be empty. */
function editFor(state: EditorState, selection: Selection, size: ImageSize): ImageEdit | undefined {
  const at = selection.from
  switch (state.tool) {
    case 'callout':
      return { op: 'callout', at, number: nextCalloutNumber(state.edits), color: MARK_COLOR }
    case 'label': {
      const text = state.labelText.trim()
      return text ? { op: 'label', at, text, color: MARK_COLOR } : undefined
    }
    case 'arrow':
      return at.x === selection.to.x && at.y === selection.to.y
        ? undefined
        : { op: 'arrow', from: at, to: selection.to, color: MARK_COLOR }
  }
  const raw = selectionRect(selection)
  if (raw.width < 1 || raw.height < 1) return undefined
  const rect = clampRect(raw, size)
  switch (state.tool) {
    case 'crop':
      return { op: 'crop', rect }
    case 'redact':
      return { op: 'redact', rect, color: REDACT_COLOR }
    case 'highlight':
      return { op: 'highlight', rect, color: HIGHLIGHT_COLOR }
    case 'blur':
      return { op: 'blur', rect, radius: blurRadius(size) }
    case 'pixelate':
      return { op: 'pixelate', rect, cell: pixelCell(size) }
  }
}

/** Strong enough that text of the image's own scale cannot be read: about 1% of its long edge. */
export const blurRadius = (size: ImageSize): number =>
  Math.max(4, Math.round(Math.max(size.width, size.height) / 120))
export const pixelCell = (size: ImageSize): number =>
  Math.max(8, Math.round(Math.max(size.width, size.height) / 80))

function centred(size: ImageSize): Selection {
  const width = Math.max(1, Math.round(size.width / 4))
  const height = Math.max(1, Math.round(size.height / 4))
  const x = Math.round((size.width - width) / 2)
  const y = Math.round((size.height - height) / 2)
  return { from: { x, y }, to: { x: x + width, y: y + height } }
}

function clampSelection({ from, to }: Selection, size: ImageSize): Selection {
  const inside = (p: PixelPoint) => ({
    x: clamp(Math.round(p.x), 0, size.width),
    y: clamp(Math.round(p.y), 0, size.height),
  })
  return { from: inside(from), to: inside(to) }
}

function nextZoom(zoom: number, direction: 'in' | 'out' | 'fit'): number {
  if (direction === 'fit') return 1
  if (direction === 'in') return ZOOMS.find((z) => z > zoom) ?? zoom
  return [...ZOOMS].reverse().find((z) => z < zoom) ?? zoom
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value))
const shift = (p: PixelPoint, dx: number, dy: number) => ({ x: p.x + dx, y: p.y + dy })
