import { withoutBidiControls } from '@shared/bidi'

/**
 * Names Windows refuses whatever the extension (`CON.docx` is still the console device).
 * Checked on every platform: a report saved on a Mac is often copied to a Windows share.
 */
const RESERVED_WINDOWS_NAMES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i

// Path separators, characters Windows forbids, and control characters.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARACTERS = /[/\\:*?"<>|\u0000-\u001f\u007f]/g

/** Most file systems allow 255 bytes per name; leave room for a "-2" the OS might add. */
const MAX_NAME_BYTES = 200
const FALLBACK_NAME = 'Untitled'

const utf8Length = (text: string): number => new TextEncoder().encode(text).byteLength

function truncateToBytes(text: string, maxBytes: number): string {
  let result = ''
  for (const character of text) {
    if (utf8Length(result + character) > maxBytes) break
    result += character
  }
  return result
}

/**
 * Turns a suggested name (often an audit or client name) into a safe default for the save
 * dialog: no folders, no forbidden or invisible characters (bidi controls included, so a name
 * cannot show its extension reversed), no reserved device names, no trailing dots or spaces, a
 * bounded length, and the extension kept.
 */
export function sanitizeFileName(suggested: string): string {
  const cleaned = withoutBidiControls(suggested)
    .normalize('NFC')
    .replace(FORBIDDEN_CHARACTERS, ' ')
    .replace(/\s+/g, ' ')
    .trim()

  const dot = cleaned.lastIndexOf('.')
  const hasExtension = dot > 0 && /^\.[A-Za-z0-9]{1,16}$/.test(cleaned.slice(dot))
  const extension = hasExtension ? cleaned.slice(dot).toLowerCase() : ''
  let stem = (hasExtension ? cleaned.slice(0, dot) : cleaned)
    .replace(/^[.\s]+/, '') // no hidden files, no "..."
    .replace(/[.\s]+$/, '') // Windows drops trailing dots and spaces silently

  stem = truncateToBytes(stem, MAX_NAME_BYTES - utf8Length(extension)).replace(/[.\s]+$/, '')
  if (stem === '') stem = FALLBACK_NAME
  // Windows also reserves `CON.tar` style names: the part before the first dot counts.
  const firstPart = stem.split('.')[0] ?? ''
  if (RESERVED_WINDOWS_NAMES.test(firstPart)) stem = `_${stem}`
  return stem + extension
}
