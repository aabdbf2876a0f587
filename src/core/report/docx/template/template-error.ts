/**
 * Why a Word template was refused, in words a consultant can act on. Every message ends with
 * NOTHING_SAVED: reading a template never changes the settings.
 */
export type TemplateErrorCode =
  'not-word' | 'macros' | 'damaged' | 'too-large' | 'zip-bomb' | 'unsafe-xml' | 'page'

export const NOTHING_SAVED = 'Nothing was saved.'

export class TemplateFileError extends Error {
  override name = 'TemplateFileError'

  constructor(
    readonly code: TemplateErrorCode,
    /** What is wrong with the file and what to do, without NOTHING_SAVED. */
    readonly reason: string,
  ) {
    super(`${reason} ${NOTHING_SAVED}`)
  }
}
