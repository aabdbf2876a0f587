import type { ContentPack, Section } from './schema'

/**
 * The rules of a content pack that no single field can state: ids that must be unique, questions
 * that must point at an outcome of their own section, a ladder whose every rung is evidenced.
 * The schema runs these once the pack's shape is right (see `contentPackSchema`).
 */

export type PackPath = (string | number)[]

/**
 * Which rule an issue breaks, with what a reader needs to word it their own way (the section
 * editor names the outcome or the item, where a pack file's reader gets `message`).
 */
export type PackRule =
  | { kind: 'duplicate-id'; id: string; firstPath: PackPath }
  | { kind: 'fact-label' }
  | { kind: 'unknown-outcome'; outcomeId: string }
  | { kind: 'unevidenced-outcome'; outcomeId: string }

export interface PackIssue {
  path: PackPath
  message: string
  rule: PackRule
}

interface Identified {
  id: string
  path: PackPath
}

/** Renders a path the way the error messages do: `sections[0].checks[1]`. */
export function formatPackPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part))
      out += out === '' ? part : `.${part}`
    else out += `[${JSON.stringify(String(part))}]`
  }
  return out
}

/** One issue per repeated id, reported at the repeat and naming where the id was first used. */
function duplicateIds(items: readonly Identified[], scope: string): PackIssue[] {
  const firstUse = new Map<string, PackPath>()
  const issues: PackIssue[] = []
  for (const item of items) {
    const first = firstUse.get(item.id)
    if (first === undefined) firstUse.set(item.id, item.path)
    else
      issues.push({
        path: [...item.path, 'id'],
        message: `must be unique in ${scope}: "${item.id}" is also used by ${formatPackPath(first)}`,
        rule: { kind: 'duplicate-id', id: item.id, firstPath: first },
      })
  }
  return issues
}

function sectionIssues(section: Section, at: PackPath): PackIssue[] {
  const outcomes = section.outcomes.map((o, i) => ({ id: o.id, path: [...at, 'outcomes', i] }))
  const preparation = section.preparation.map((p, i) => ({
    id: p.id,
    path: [...at, 'preparation', i],
  }))
  const checks = section.checks.map((c, i) => ({ id: c.id, path: [...at, 'checks', i] }))
  const questions = section.checks.flatMap((check, i) =>
    check.questions.map((q, j) => ({ ...q, path: [...at, 'checks', i, 'questions', j] })),
  )

  const issues = [
    ...duplicateIds(outcomes, 'its section'),
    ...duplicateIds(preparation, 'its section'),
    ...duplicateIds(checks, 'its section'),
    ...duplicateIds(questions, 'its section'),
  ]

  section.preparation.forEach((item, i) => {
    if (item.kind === 'fact' && item.factLabel === undefined)
      issues.push({
        path: [...at, 'preparation', i, 'factLabel'],
        message: 'is required when kind is "fact" (the label of the value to record)',
        rule: { kind: 'fact-label' },
      })
  })

  const outcomeIds = new Set(section.outcomes.map((o) => o.id))
  const validIds = section.outcomes.map((o) => o.id).join(', ')
  for (const question of questions) {
    if (!outcomeIds.has(question.outcomeId))
      issues.push({
        path: [...question.path, 'outcomeId'],
        message: `"${question.outcomeId}" is not an outcome of this section; use one of: ${validIds}`,
        rule: { kind: 'unknown-outcome', outcomeId: question.outcomeId },
      })
  }

  const evidenced = new Set(questions.map((q) => q.outcomeId))
  section.outcomes.forEach((outcome, i) => {
    if (!evidenced.has(outcome.id))
      issues.push({
        path: [...at, 'outcomes', i],
        message: `"${outcome.name}" is not evidenced by any question; every outcome needs at least one`,
        rule: { kind: 'unevidenced-outcome', outcomeId: outcome.id },
      })
  })
  return issues
}

/** Every cross-field problem of a pack whose shape is already valid; empty when it is sound. */
export function findPackInconsistencies(pack: ContentPack): PackIssue[] {
  const sections = pack.sections.map((s, i) => ({ id: s.id, path: ['sections', i] }))
  return [
    ...duplicateIds(sections, 'the pack'),
    ...pack.sections.flatMap((section, i) => sectionIssues(section, ['sections', i])),
  ]
}
