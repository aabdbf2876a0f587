type KeyPress = Pick<
  KeyboardEvent,
  'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'defaultPrevented'
>

/**
 * Ctrl+K (⌘K on a Mac) from anywhere, text fields included, unless the focused control used the
 * press itself: the rich-text editor's Ctrl+K makes a link.
 */
export function isSearchShortcut(press: KeyPress): boolean {
  return (
    !press.defaultPrevented &&
    (press.ctrlKey || press.metaKey) &&
    !press.altKey &&
    !press.shiftKey &&
    press.key.toLowerCase() === 'k'
  )
}
