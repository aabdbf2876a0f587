/**
 * Why a spreadsheet was refused, in words a consultant can act on. Every message ends with
 * NOTHING_INSTALLED: reading never changes the library.
 */
export type SheetFileErrorCode =
  | 'not-spreadsheet'
  | 'encrypted'
  | 'damaged'
  | 'too-large'
  | 'zip-bomb'
  | 'too-many-sheets'
  | 'too-many-rows'
  | 'too-many-columns'
  | 'too-many-cells'
  | 'unsafe-xml'

export const NOTHING_INSTALLED = 'Nothing was installed.'

export class SheetFileError extends Error {
  override name = 'SheetFileError'

  constructor(
    readonly code: SheetFileErrorCode,
    message: string,
  ) {
    super(`${message} ${NOTHING_INSTALLED}`)
  }
}

/** A sheet's name quoted for a message, shortened and without control characters. */
export function quoteSheet(name: string): string {
  const short = name.length > 60 ? `${name.slice(0, 57)}…` : name
  // eslint-disable-next-line no-control-regex -- control characters are what it removes
  return `“${short.replace(/[\u0000-\u001f\u007f]/g, '?')}”`
}
