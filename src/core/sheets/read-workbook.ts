import { formatByteSize } from '../text/byte-size'
import type { Grid } from './grid'
import { readCsv } from './csv'
import { isOds, readOds } from './read-ods'
import { isXlsx, readXlsx } from './read-xlsx'
import { SheetFileError } from './sheet-file-error'
import { DEFAULT_SHEET_LIMITS, type SheetLimits } from './sheet-limits'
import { openZipParts } from './zip-parts'

/**
 * The one door a spreadsheet comes in by: its bytes and name → a grid, or a SheetFileError that
 * says why not. What kind of file it is comes from its bytes (a zip holding a workbook or an
 * OpenDocument spreadsheet), then its name (.csv). Pure: runs in a worker or in Node alike.
 */

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]
/** Old binary .xls, and every password-protected Office file, are OLE compound files. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0]

const startsWith = (bytes: Uint8Array, magic: number[]): boolean =>
  magic.every((b, i) => bytes[i] === b)

export function readWorkbook(
  bytes: Uint8Array,
  fileName: string,
  limits: SheetLimits = DEFAULT_SHEET_LIMITS,
): Grid {
  if (bytes.length > limits.maxFileBytes)
    throw new SheetFileError(
      'too-large',
      `The file is ${formatByteSize(bytes.length)}; a question bank may be at most ${formatByteSize(limits.maxFileBytes)}.`,
    )
  if (startsWith(bytes, OLE_MAGIC))
    throw new SheetFileError(
      'encrypted',
      'The file is password-protected or in the old .xls format. Remove the password, or save it as .xlsx, .ods or .csv, and import it again.',
    )
  if (startsWith(bytes, ZIP_MAGIC)) {
    const parts = openZipParts(bytes, limits)
    if (isXlsx(parts)) return readXlsx(parts, limits)
    if (isOds(parts)) return readOds(parts, limits)
    throw new SheetFileError(
      'not-spreadsheet',
      'The file is a zip but not a spreadsheet. Choose an .xlsx, .ods or .csv file.',
    )
  }
  if (/\.(csv|txt|tsv)$/i.test(fileName)) return readCsv(bytes, fileName, limits)
  throw new SheetFileError(
    'not-spreadsheet',
    'The file is not a spreadsheet Audit Workbook can read. Choose an .xlsx, .ods or .csv file.',
  )
}
