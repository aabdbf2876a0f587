/**
 * The editor's fields are named by the same dotted paths as the draft's problems
 * (`section.checks.1.questions.3.outcomeId`), so a problem finds its field without a lookup table.
 */

/** The DOM id of the control (or item) a path names. */
export function fieldDomId(field: string): string {
  return `draft-${field.replace(/\./g, '-')}`
}

/** The path and each item containing it, nearest first: where to go for a problem. */
export function fieldAndContainers(field: string): string[] {
  const parts = field.split('.')
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('.'))
}

/**
 * Moves focus to the field a problem is about, or to the nearest item holding it when the field
 * has no control of its own (a ladder with no outcome, a question id).
 */
export function focusField(field: string, doc: Document = document): void {
  for (const path of fieldAndContainers(field)) {
    const element = doc.getElementById(fieldDomId(path))
    if (element) {
      element.focus()
      element.scrollIntoView({ block: 'center' })
      return
    }
  }
}
