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
    message: string,
  ) {
    super(`${message} ${NOTHING_SAVED}`)
  }
}
