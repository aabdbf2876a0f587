import type { z } from 'zod'
import { formatPackPath } from './pack-rules'

/**
 * Errors a consultant reads when a pack file is refused (PRODUCT.md §2: "a bad file gets a clear,
 * specific error"): the field, as a path like `sections[0].checks[1].questions[2].outcomeId`,
 * and what is wrong with it, in words rather than zod's codes.
 */

export interface PackError {
  /** Where the problem is; empty for the file as a whole. */
  path: string
  message: string
}

/** How many errors `formatPackErrors` spells out before summarising the rest. */
export const SHOWN_PACK_ERRORS = 10

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
}

/**
 * Per-parse messages for the issues the schema leaves to zod (its own messages win where it sets
 * them, e.g. "must not be empty").
 */
export const packErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required'
      return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}`
    case 'invalid_value':
      if (issue.values.length === 1) return `must be ${JSON.stringify(issue.values[0])}`
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
    case 'too_small':
      return issue.inclusive
        ? `must be at least ${String(issue.minimum)}`
        : `must be greater than ${String(issue.minimum)}`
    case 'too_big':
      return issue.inclusive
        ? `must be at most ${String(issue.maximum)}`
        : `must be less than ${String(issue.maximum)}`
    default:
      return undefined
  }
}

const ROOT_MESSAGES: Record<string, string> = {
  'must be an object': 'must hold a JSON object (a content pack starts with "{")',
}

/** Flattens zod's issues into one error per field; an unknown key becomes an error at that key. */
export function toPackErrors(issues: readonly z.core.$ZodIssue[]): PackError[] {
  return issues.flatMap((issue): PackError[] => {
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({
        path: formatPackPath([...issue.path, key]),
        message: 'is not a field of a content pack (check its spelling, or remove it)',
      }))
    const path = formatPackPath(issue.path)
    const message = path === '' ? (ROOT_MESSAGES[issue.message] ?? issue.message) : issue.message
    return [{ path, message }]
  })
}

function describe(error: PackError): string {
  return error.path === '' ? `the file ${error.message}` : `${error.path} ${error.message}`
}

/** One short paragraph for the user: the first few errors, then how many more there are. */
export function formatPackErrors(errors: readonly PackError[]): string {
  if (errors.length === 0) return 'The file is a valid content pack.'
  const shown = errors.slice(0, SHOWN_PACK_ERRORS).map(describe)
  const rest = errors.length - shown.length
  const more = rest > 0 ? `; and ${rest} more` : ''
  return `The file is not a valid content pack: ${shown.join('; ')}${more}.`
}
