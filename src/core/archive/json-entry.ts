import { strFromU8 } from 'fflate'
import { ArchiveError, NOTHING_IMPORTED, quoteName } from './errors'
import { scanJson, type JsonShape } from './json-scan'

/**
 * One JSON entry's text, looked at before it is parsed: nesting deeper than any entry the app
 * writes is refused with a message instead of a stack overflow further on (the schemas and the
 * settings decoder recurse), and so is text packed with far more values than the app's rows have
 * for their length, whose parse would cost many times its size. The app's rows carry a field name
 * with every value: they average well over 8 characters a value and 32 a container.
 */

const CHARS_PER_VALUE = 8
const CHARS_PER_CONTAINER = 32
/** A small entry is never refused for its density. */
const DENSITY_FLOOR = 4096

function refused(name: string, detail: string): ArchiveError {
  return new ArchiveError(
    'invalid-data',
    `The archive is damaged or was not made by Audit Workbook: ${quoteName(name)} ${detail}. ${NOTHING_IMPORTED}`,
  )
}

export interface ParsedJson {
  value: unknown
  shape: JsonShape
}

/** Parses an entry's JSON once its shape has passed; `checkShape` may refuse it first. */
export function parseJsonEntry(
  name: string,
  bytes: Uint8Array,
  maxDepth: number,
  checkShape: (shape: JsonShape) => void = () => undefined,
): ParsedJson {
  const text = strFromU8(bytes)
  const scan = scanJson(text, maxDepth)
  if (!scan.ok) throw refused(name, `is nested more than ${scan.tooDeep} levels deep`)
  const { shape } = scan
  if (
    shape.values > Math.max(DENSITY_FLOOR, text.length / CHARS_PER_VALUE) ||
    shape.containers > Math.max(DENSITY_FLOOR, text.length / CHARS_PER_CONTAINER)
  )
    throw refused(name, 'holds far more values for its size than Audit Workbook ever writes')
  checkShape(shape)
  try {
    return { value: JSON.parse(text), shape }
  } catch {
    throw new ArchiveError(
      'invalid-data',
      `The archive is damaged: ${quoteName(name)} is not valid JSON. ${NOTHING_IMPORTED}`,
    )
  }
}
