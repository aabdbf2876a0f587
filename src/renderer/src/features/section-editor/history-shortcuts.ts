/**
 * Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (or Ctrl+Y) undo and redo the draft's edits, except in a text
 * field, where the browser's own undo of the typing applies.
 */

export type HistoryCommand = 'undo' | 'redo'

interface KeyPress {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}

export function historyCommandOf(press: KeyPress): HistoryCommand | undefined {
  if (!(press.ctrlKey || press.metaKey) || press.altKey) return undefined
  const key = press.key.toLowerCase()
  if (key === 'z') return press.shiftKey ? 'redo' : 'undo'
  if (key === 'y' && press.ctrlKey && !press.shiftKey) return 'redo'
  return undefined
}

/** Input types a person types text into (a checkbox or a button is not one). */
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number'])

interface Target {
  tagName?: string
  type?: string
  isContentEditable?: boolean
}

export function isTextEntry(target: Target | null): boolean {
  if (!target) return false
  if (target.isContentEditable) return true
  const tag = target.tagName?.toUpperCase()
  if (tag === 'TEXTAREA') return true
  return tag === 'INPUT' && TEXT_INPUT_TYPES.has((target.type ?? 'text').toLowerCase())
}
