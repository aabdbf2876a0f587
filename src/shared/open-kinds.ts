import { ARCHIVE_EXTENSION } from '@core/archive/format'
import { DEFAULT_ARCHIVE_LIMITS } from '@core/archive/limits'
import { MAX_PACK_BYTES } from '@core/content/pack-limits'
import { MAX_EVIDENCE_SIZE_LIMIT } from '@core/evidence/limits'
import { TEMPLATE_LIMITS } from '@core/report/docx/template/template-limits'
import { DEFAULT_SHEET_LIMITS } from '@core/sheets/sheet-limits'
import { formatByteSize, formatOversize } from '@core/text/byte-size'

/**
 * What the renderer may ask to open. Each kind has its filters and its size limit here, checked
 * against every chosen file's size before a byte of it is read.
 */
export const OPEN_KINDS = [
  'evidence',
  'content-pack',
  'workbook',
  'logo',
  'archive',
  'word-template',
] as const
export type OpenKind = (typeof OPEN_KINDS)[number]

/** A logo is drawn on the report's cover; anything larger is not a logo. */
export const MAX_LOGO_BYTES = 2 * 1024 * 1024

export interface OpenKindSpec {
  title: string
  filters?: Array<{ name: string; extensions: string[] }>
  multiple: boolean
  /** The largest file of this kind; for evidence the user's own limit may be lower. */
  maxBytes: number
  /** How a message names the limit: "the 5 MB a content pack may be". */
  limitPhrase: string
}

export const OPEN_KIND_SPECS: Readonly<Record<OpenKind, OpenKindSpec>> = {
  evidence: {
    title: 'Add evidence',
    multiple: true,
    maxBytes: MAX_EVIDENCE_SIZE_LIMIT,
    limitPhrase: 'allowed for an evidence file (Settings can raise the limit)',
  },
  'content-pack': {
    title: 'Import content pack',
    filters: [{ name: 'Content pack', extensions: ['json'] }],
    multiple: false,
    maxBytes: MAX_PACK_BYTES,
    limitPhrase: 'a content pack may be',
  },
  workbook: {
    title: 'Import a workbook',
    filters: [{ name: 'Spreadsheet', extensions: ['xlsx', 'ods', 'csv'] }],
    multiple: false,
    maxBytes: DEFAULT_SHEET_LIMITS.maxFileBytes,
    limitPhrase: 'a workbook may be',
  },
  logo: {
    title: 'Choose the firm logo',
    filters: [{ name: 'Images', extensions: ['png', 'jpg', 'jpeg'] }],
    multiple: false,
    maxBytes: MAX_LOGO_BYTES,
    limitPhrase: 'a logo may be',
  },
  archive: {
    title: 'Choose an Audit Workbook archive',
    filters: [{ name: 'Audit Workbook archive', extensions: [ARCHIVE_EXTENSION] }],
    multiple: false,
    maxBytes: DEFAULT_ARCHIVE_LIMITS.maxArchiveBytes,
    limitPhrase: 'an archive may be',
  },
  'word-template': {
    title: 'Import the firm’s Word template',
    // A .docm or .dotm is listed so that it can be refused with a reason, not hidden.
    filters: [{ name: 'Word template or document', extensions: ['dotx', 'docx', 'dotm', 'docm'] }],
    multiple: false,
    maxBytes: TEMPLATE_LIMITS.maxFileBytes,
    limitPhrase: 'a Word template may be',
  },
}

/** The limit that applies: the kind's, or the lower one the renderer holds (evidence). */
export function openLimit(kind: OpenKind, requested?: number): number {
  const { maxBytes } = OPEN_KIND_SPECS[kind]
  return requested === undefined ? maxBytes : Math.min(requested, maxBytes)
}

/**
 * What happens to a choice with files over the limit: a kind that takes several files opens the
 * others and says which were left out (one file too large must not cost the rest of a selection);
 * when every file is too large, or the kind takes one, nothing is opened and the refusal says so.
 */
export function splitBySize<F extends { name: string; size: number }>(
  kind: OpenKind,
  limit: number,
  chosen: readonly F[],
): { open: F[]; leftOut?: string } | { refused: string } {
  const oversize = chosen.filter((file) => file.size > limit)
  if (oversize.length === 0) return { open: [...chosen] }
  if (!OPEN_KIND_SPECS[kind].multiple || oversize.length === chosen.length)
    return { refused: oversizeMessage(kind, limit, oversize) }
  return {
    open: chosen.filter((file) => file.size <= limit),
    leftOut: leftOutMessage(kind, limit, oversize),
  }
}

/** The files of a several-file choice that were not opened, each with its size. */
function leftOutMessage(
  kind: OpenKind,
  limit: number,
  files: ReadonlyArray<{ name: string; size: number }>,
): string {
  const { limitPhrase } = OPEN_KIND_SPECS[kind]
  const named = files.map((file) => `“${file.name}” (${formatOversize(file.size, limit)})`)
  const which = files.length === 1 ? `${named[0]} was` : `${files.length} files were`
  const list = files.length === 1 ? '' : `: ${named.join(', ')}`
  return `${which} left out, larger than the ${formatByteSize(limit)} ${limitPhrase}${list}. The other files were opened.`
}

/** The refusal naming every file over the limit; nothing of the choice is opened. */
function oversizeMessage(
  kind: OpenKind,
  limit: number,
  files: ReadonlyArray<{ name: string; size: number }>,
): string {
  const { limitPhrase } = OPEN_KIND_SPECS[kind]
  const named = (file: { name: string; size: number }) =>
    `“${file.name}” (${formatOversize(file.size, limit)})`
  if (files.length === 1) {
    const [file] = files as [{ name: string; size: number }]
    return `“${file.name}” is ${formatOversize(file.size, limit)}, larger than the ${formatByteSize(limit)} ${limitPhrase}. Nothing was opened; choose a smaller file.`
  }
  return `${files.length} files are larger than the ${formatByteSize(limit)} ${limitPhrase}: ${files.map(named).join(', ')}. Nothing was opened; choose smaller files.`
}
