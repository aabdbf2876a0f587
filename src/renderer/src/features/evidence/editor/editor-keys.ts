import { keyStep, TOOLS, type EditorAction } from './editor-state'
import type { ImageSize } from '@core/evidence'

/** The shortcut list the editor shows, in the words of its keys. */
export const SHORTCUTS: ReadonlyArray<[keys: string, what: string]> = [
  ...TOOLS.map(({ key, label }): [string, string] => [key.toUpperCase(), label]),
  ['Arrows', 'Move the selection (with Alt or Ctrl: 10× further)'],
  ['Shift+Arrows', 'Resize the selection from its second corner'],
  ['Enter', 'Apply the tool to the selection'],
  ['Escape', 'Cancel the selection (then: close)'],
  ['Ctrl+Z / Ctrl+Shift+Z, Ctrl+Y', 'Undo / redo'],
  ['+ / − / 0', 'Zoom in / out / fit'],
  ['Ctrl+S', 'Save as a new version'],
]

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
}

/**
 * The editor action a key press asks for, if any. `inText` is true while typing in a text field,
 * where only undo and redo stay the editor's (plain keys are the field's).
 */
export function actionForKey(
  event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  size: ImageSize,
  inText: boolean,
): EditorAction | undefined {
  const command = event.ctrlKey || event.metaKey
  const key = event.key.toLowerCase()
  if (command && key === 'z') return inText ? undefined : { type: event.shiftKey ? 'redo' : 'undo' }
  if (command && key === 'y') return inText ? undefined : { type: 'redo' }
  if (inText) return undefined
  const arrow = ARROWS[event.key]
  if (arrow) {
    const step = keyStep(size, event.altKey || command)
    const [dx, dy] = [arrow[0] * step, arrow[1] * step]
    return event.shiftKey ? { type: 'resize', dx, dy } : { type: 'move', dx, dy }
  }
  if (command || event.altKey) return undefined
  if (event.key === 'Enter') return { type: 'apply' }
  if (event.key === '+' || event.key === '=') return { type: 'zoom', direction: 'in' }
  if (event.key === '-') return { type: 'zoom', direction: 'out' }
  if (event.key === '0') return { type: 'zoom', direction: 'fit' }
  const tool = TOOLS.find((t) => t.key === key)
  return tool && !event.shiftKey ? { type: 'tool', tool: tool.tool } : undefined
}
