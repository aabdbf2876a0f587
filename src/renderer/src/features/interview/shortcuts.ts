import type { Rating } from '@core/audit'
import { ratingForKey } from './ratings'

export type ShortcutAction =
  | { kind: 'rate'; rating: Rating }
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'next-unanswered' }
  | { kind: 'toggle-follow-up' }
  | { kind: 'basis'; basis: 'stated' | 'verified' }
  | { kind: 'focus-notes' }
  | { kind: 'focus-search' }

export interface KeyInput {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  /** Focus is in a field that takes typing (input, textarea, select, contenteditable). */
  inTextField: boolean
}

/**
 * Maps a key press to an interview action. Single keys act only outside text fields, so typing
 * notes never rates a question; Ctrl/Cmd+Enter moves on from anywhere.
 */
export function shortcutFor(input: KeyInput): ShortcutAction | undefined {
  const command = input.ctrlKey || input.metaKey
  if (command && input.key === 'Enter') return { kind: 'next' }
  if (input.inTextField || command || input.altKey) return undefined
  const rating = ratingForKey(input.key)
  if (rating) return { kind: 'rate', rating }
  switch (input.key) {
    case 'j':
    case 'ArrowRight':
      return { kind: 'next' }
    case 'k':
    case 'ArrowLeft':
      return { kind: 'previous' }
    case 'u':
      return { kind: 'next-unanswered' }
    case 'f':
      return { kind: 'toggle-follow-up' }
    case 's':
      return { kind: 'basis', basis: 'stated' }
    case 'v':
      return { kind: 'basis', basis: 'verified' }
    case 'e':
      return { kind: 'focus-notes' }
    case '/':
      return { kind: 'focus-search' }
    default:
      return undefined
  }
}

/** The legend shown under the question, in the order a consultant learns them. */
export const SHORTCUT_LEGEND: ReadonlyArray<{ keys: string[]; does: string }> = [
  { keys: ['1'], does: 'Met' },
  { keys: ['2'], does: 'Partially met' },
  { keys: ['3'], does: 'Not met' },
  { keys: ['4', '0', 'N'], does: 'Not applicable' },
  { keys: ['J', '→'], does: 'Next question' },
  { keys: ['K', '←'], does: 'Previous question' },
  { keys: ['U'], does: 'Next unanswered' },
  { keys: ['S', 'V'], does: 'Stated / verified' },
  { keys: ['F'], does: 'Flag for follow-up' },
  { keys: ['E'], does: 'Write notes' },
  { keys: ['Esc'], does: 'Leave a text field' },
  { keys: ['Ctrl', 'Enter'], does: 'Next, from anywhere' },
  { keys: ['/'], does: 'Search questions' },
]
