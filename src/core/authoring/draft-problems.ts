import { packErrorMap } from '../content/pack-errors'
import { findPackInconsistencies } from '../content/pack-rules'
import type { PackIssue, PackPath } from '../content/pack-rules'
import { contentPackSchema, sectionSchema, slug } from '../content/schema'
import type { z } from 'zod'
import { describeItem, describeItemInline, fieldNoun } from './problem-words'
import { packOfDraft } from './section-draft'
import type { SectionDraft } from './section-draft'

/**
 * What stands between a draft and publishing, from the pack's own rules (the schema and
 * `findPackInconsistencies`, as for an imported file), each at the field the editor shows it by,
 * in a consultant's words.
 */
export interface DraftProblem {
  /** Into the draft: `['section', 'checks', 1, 'questions', 3, 'outcomeId']`. */
  path: PackPath
  /** The same path dotted, as the editor keys its fields: `section.checks.1.questions.3.outcomeId`. */
  field: string
  /** The item, for a list of problems: "Question 4 of check 'Runbooks'". */
  where: string
  /** The whole sentence: "Question 4 of check 'Runbooks' evidences 'Runbooked', which is no longer on the ladder". */
  message: string
}

const LISTS = new Set(['outcomes', 'preparation', 'checks', 'questions'])

function fromSchemaIssue(draft: SectionDraft, issue: z.core.$ZodIssue, at: PackPath): DraftProblem {
  const path = [...at, ...(issue.path as PackPath)]
  const where = describeItem(draft.section, path)
  const last = path[path.length - 1]
  let message: string
  if (issue.code === 'too_big' && last === 'outcomes')
    message = `${where}: a ladder has at most ${String(issue.maximum)} outcomes`
  else if (path.length === 1) message = `${where} ${issue.message}`
  else if (typeof last === 'string' && LISTS.has(last)) message = `${where}: ${issue.message}`
  else message = `${where}: the ${fieldNoun(path)} ${issue.message}`
  return problemAt(path, where, message)
}

function fromRule(draft: SectionDraft, issue: PackIssue): DraftProblem {
  // The rules see the draft as the only section of a pack: `sections.0.…` is `section.…`.
  const path = ['section', ...issue.path.slice(2)]
  const where = describeItem(draft.section, path)
  const rule = issue.rule
  switch (rule.kind) {
    case 'unknown-outcome': {
      if (rule.outcomeId.trim() === '')
        return problemAt(path, where, `${where} does not say which outcome it evidences`)
      const removed = draft.removedOutcomes[rule.outcomeId]
      return problemAt(
        path,
        where,
        removed === undefined
          ? `${where} evidences "${rule.outcomeId}", which is not on the ladder`
          : `${where} evidences '${removed}', which is no longer on the ladder`,
      )
    }
    case 'unevidenced-outcome':
      return problemAt(
        path,
        where,
        `No question evidences ${describeItemInline(draft.section, path)}; every outcome on the ladder needs at least one`,
      )
    case 'duplicate-id': {
      const first = describeItemInline(draft.section, ['section', ...rule.firstPath.slice(2)])
      return problemAt(
        path,
        where,
        `${where} has the id "${rule.id}", which ${first} already has; give it another`,
      )
    }
    case 'fact-label':
      return problemAt(
        path,
        where,
        `${where} is a fact to record, so it needs the label of the value to record`,
      )
  }
}

function problemAt(path: PackPath, where: string, message: string): DraftProblem {
  return { path, field: path.join('.'), where, message }
}

/** Every problem of the draft, one per field, in the order of the form; empty when it can be published. */
export function draftProblems(draft: SectionDraft): DraftProblem[] {
  const options = { error: packErrorMap }
  const schemaProblems = [
    ...(slug.safeParse(draft.packId, options).error?.issues ?? []).map((issue) =>
      fromSchemaIssue(draft, issue, ['packId']),
    ),
    ...(sectionSchema.safeParse(draft.section, options).error?.issues ?? []).map((issue) =>
      fromSchemaIssue(draft, issue, ['section']),
    ),
    ...(
      contentPackSchema.shape.achievementThreshold.safeParse(draft.achievementThreshold, options)
        .error?.issues ?? []
    ).map((issue) => fromSchemaIssue(draft, issue, ['achievementThreshold'])),
  ]
  const ruleProblems = findPackInconsistencies(packOfDraft(draft, '0.0.0')).map((issue) =>
    fromRule(draft, issue),
  )
  // One message per field; a rule's says more than the schema's ("no longer on the ladder"
  // rather than "must not be empty" for a question's outcome).
  const byField = new Map<string, DraftProblem>()
  for (const problem of ruleProblems)
    if (!byField.has(problem.field)) byField.set(problem.field, problem)
  const shown = new Set<string>()
  const ordered: DraftProblem[] = []
  for (const problem of [...schemaProblems, ...ruleProblems]) {
    if (shown.has(problem.field)) continue
    shown.add(problem.field)
    ordered.push(byField.get(problem.field) ?? problem)
  }
  return ordered
}

/** The problems at one field, for the message beside it. */
export function problemsAt(problems: readonly DraftProblem[], field: string): DraftProblem[] {
  return problems.filter((problem) => problem.field === field)
}

/** A draft is saved whatever its state; it is published only when it has no problem. */
export function canPublish(draft: SectionDraft): boolean {
  return draftProblems(draft).length === 0
}
