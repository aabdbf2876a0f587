const NOT_TYPED_INTO = ['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color']

/**
 * Whether an element takes typing (a text input, a textarea, a select, rich text): single-key
 * shortcuts and paste capture leave such a field to itself.
 */
export function takesTyping(element: Element | null): boolean {
  if (!(element instanceof HTMLElement)) return false
  if (element.isContentEditable) return true
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true
  return element instanceof HTMLInputElement && !NOT_TYPED_INTO.includes(element.type)
}
