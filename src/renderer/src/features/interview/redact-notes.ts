import { maskFor } from '@core/redaction/mask-text'

/**
 * Masks the selected passage of the notes field as if the mask had been typed over it: the
 * browser's own edit, so the field's input event saves it through the journal like any typing and
 * Ctrl+Z brings the passage back (until the field is left, as with anything typed). False when
 * nothing is selected.
 */
export function redactNotesSelection(field: HTMLTextAreaElement): boolean {
  const { selectionStart: start, selectionEnd: end } = field
  if (start === end || field.readOnly) return false
  const mask = maskFor(end - start)
  field.focus()
  field.setSelectionRange(start, end)
  // execCommand is the one edit that enters the field's undo history; where it is gone, the text
  // is replaced directly and announced as input.
  if (!document.execCommand('insertText', false, mask)) {
    field.setRangeText(mask, start, end, 'end')
    field.dispatchEvent(new Event('input', { bubbles: true }))
  }
  return true
}
