/**
 * Characters that reorder the text around them without showing: embeddings and overrides
 * (U+202A–U+202E), isolates (U+2066–U+2069), the left-to-right and right-to-left marks
 * (U+200E, U+200F) and the Arabic letter mark (U+061C). In a file name they let
 * `invoice\u202Efdp.exe` read as "invoiceexe.pdf", so names shown or suggested never keep them.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g

export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '')
}
