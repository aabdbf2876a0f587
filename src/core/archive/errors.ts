/**
 * Why an archive was refused (or an export stopped), in words a consultant can act on. The code
 * is for tests and for the screens that treat a cancel differently from a failure.
 */
export type ArchiveErrorCode =
  | 'not-zip'
  | 'not-archive'
  | 'truncated'
  | 'damaged'
  | 'unsupported'
  | 'unsafe-name'
  | 'duplicate-name'
  | 'too-many-entries'
  | 'too-large'
  | 'zip-bomb'
  | 'size-mismatch'
  | 'missing-entry'
  | 'extra-entry'
  | 'hash-mismatch'
  | 'newer-version'
  | 'invalid-data'
  | 'evidence-mismatch'
  | 'global-content'
  | 'canceled'

export class ArchiveError extends Error {
  override name = 'ArchiveError'

  constructor(
    readonly code: ArchiveErrorCode,
    message: string,
  ) {
    super(message)
  }
}

/** Appended to every refusal of an import: the database was not touched. */
export const NOTHING_IMPORTED = 'Nothing was imported.'

/** A name from inside an archive, quoted and shortened for a message. */
export function quoteName(name: string): string {
  const short = name.length > 80 ? `${name.slice(0, 77)}…` : name
  // eslint-disable-next-line no-control-regex -- control characters are what it removes
  return `“${short.replace(/[\u0000-\u001f\u007f]/g, '?')}”`
}

export function canceled(what: 'export' | 'import'): ArchiveError {
  return new ArchiveError('canceled', what === 'export' ? 'Export canceled.' : 'Import canceled.')
}
