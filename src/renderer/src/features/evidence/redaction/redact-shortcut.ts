/** Ctrl/Cmd+Shift+X: "Redact selection", in the evidence preview and in the notes. */
export const REDACT_SHORTCUT = {
  aria: 'Control+Shift+X Meta+Shift+X',
  label: 'Ctrl+Shift+X',
} as const

export function isRedactShortcut(event: {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}): boolean {
  return (
    (event.ctrlKey || event.metaKey) &&
    event.shiftKey &&
    !event.altKey &&
    event.key.toLowerCase() === 'x'
  )
}
