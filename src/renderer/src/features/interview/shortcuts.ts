import type { Rating } from '@core/audit'
import { RATING_OPTIONS } from './ratings'

export type ShortcutAction =
  | { kind: 'rate'; rating: Rating }
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'next-unanswered' }
  | { kind: 'toggle-follow-up' }
  | { kind: 'toggle-notes-internal' }
  | { kind: 'basis'; basis: 'stated' | 'verified' }
  | { kind: 'focus-notes' }
  | { kind: 'focus-search' }
  | { kind: 'leave-text-field' }

/**
 * Where a shortcut acts. Single keys act only outside text fields and with no modifier held, so
 * typing notes never rates a question and browser shortcuts stay the browser's; a command
 * (Ctrl/Cmd held) acts from anywhere; Esc leaves the text field it is pressed in.
 */
export type ShortcutScope = 'outside-text' | 'command' | 'in-text'

export interface Shortcut {
  /** The `KeyboardEvent.key` values that trigger it. */
  keys: readonly string[]
  /** What the legend says it does; shortcuts in a row with the same words share a line. */
  does: string
  action: ShortcutAction
  /** 'outside-text' unless given. */
  scope?: ShortcutScope
}

/** Every interview shortcut, in the order the legend teaches them; the handler and the legend read it. */
export const SHORTCUTS: readonly Shortcut[] = [
  ...RATING_OPTIONS.map((option): Shortcut => ({
    keys: option.keys,
    does: option.label,
    action: { kind: 'rate', rating: option.rating },
  })),
  { keys: ['j', 'ArrowRight'], does: 'Next question', action: { kind: 'next' } },
  { keys: ['k', 'ArrowLeft'], does: 'Previous question', action: { kind: 'previous' } },
  { keys: ['u'], does: 'Next unanswered', action: { kind: 'next-unanswered' } },
  { keys: ['s'], does: 'Stated / verified', action: { kind: 'basis', basis: 'stated' } },
  { keys: ['v'], does: 'Stated / verified', action: { kind: 'basis', basis: 'verified' } },
  { keys: ['f'], does: 'Flag for follow-up', action: { kind: 'toggle-follow-up' } },
  { keys: ['e'], does: 'Write notes', action: { kind: 'focus-notes' } },
  {
    keys: ['i'],
    does: 'Notes internal / for the client',
    action: { kind: 'toggle-notes-internal' },
  },
  {
    keys: ['Escape'],
    does: 'Leave a text field',
    action: { kind: 'leave-text-field' },
    scope: 'in-text',
  },
  {
    keys: ['Enter'],
    does: 'Next, from anywhere',
    action: { kind: 'next' },
    scope: 'command',
  },
  { keys: ['/'], does: 'Search questions', action: { kind: 'focus-search' } },
]

export interface KeyInput {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  /** Focus is in a field that takes typing (input, textarea, select, contenteditable). */
  inTextField: boolean
}

const SCOPE_APPLIES: Record<ShortcutScope, (input: KeyInput) => boolean> = {
  'outside-text': (i) => !i.inTextField && !i.ctrlKey && !i.metaKey && !i.altKey,
  command: (i) => i.ctrlKey || i.metaKey,
  'in-text': (i) => i.inTextField,
}

/** The interview action a key press asks for, if any (see `ShortcutScope` for where each acts). */
export function shortcutFor(input: KeyInput): ShortcutAction | undefined {
  return SHORTCUTS.find(
    (s) => s.keys.includes(input.key) && SCOPE_APPLIES[s.scope ?? 'outside-text'](input),
  )?.action
}
