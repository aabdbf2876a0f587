import { questionsOfSection } from '../content/lookup'
import type { Section } from '../content/schema'

/**
 * What changed in a section between two versions, matched by id (so a reworded question is
 * reworded, not removed and added): the data behind a published version's change summary and an
 * audit's "Update to version N".
 */

export interface QuestionDelta {
  id: string
  /** The prompt in the newer version (the older one for a removed question). */
  prompt: string
  checkId: string
}

export interface Renamed {
  id: string
  from: string
  to: string
}

export interface Named {
  id: string
  name: string
}

export interface SectionChanges {
  questions: {
    added: QuestionDelta[]
    removed: QuestionDelta[]
    /** Prompt or guidance changed. */
    reworded: QuestionDelta[]
    /** Now in another check. */
    moved: (QuestionDelta & { fromCheckId: string })[]
    /** Now evidences another outcome, so it counts toward another level. */
    relinked: (QuestionDelta & { fromOutcomeId: string; toOutcomeId: string })[]
    reweighted: (QuestionDelta & { from: number; to: number })[]
  }
  outcomes: { added: Named[]; removed: Named[]; renamed: Renamed[]; reordered: boolean }
  checks: { added: Named[]; removed: Named[]; renamed: Renamed[]; reordered: boolean }
  preparation: { added: Named[]; removed: Named[]; changed: Named[] }
  /** Other wording, as a consultant names it: "the summary", "the introduction of check 'Runbooks'". */
  details: string[]
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]))
}

/** Items of `after` not in `before`, and the other way round. */
function addedAndRemoved<T extends { id: string }>(before: readonly T[], after: readonly T[]) {
  const old = byId(before)
  const next = byId(after)
  return {
    added: after.filter((item) => !old.has(item.id)),
    removed: before.filter((item) => !next.has(item.id)),
  }
}

/** Whether the items both versions have are in another order. */
function reordered(before: readonly { id: string }[], after: readonly { id: string }[]): boolean {
  const kept = new Set(after.map((item) => item.id))
  const oldOrder = before.map((item) => item.id).filter((id) => kept.has(id))
  const had = new Set(oldOrder)
  const newOrder = after.map((item) => item.id).filter((id) => had.has(id))
  return oldOrder.some((id, i) => id !== newOrder[i])
}

function questionChanges(before: Section, after: Section): SectionChanges['questions'] {
  const delta = (ref: ReturnType<typeof questionsOfSection>[number]): QuestionDelta => ({
    id: ref.question.id,
    prompt: ref.question.prompt,
    checkId: ref.checkId,
  })
  const old = questionsOfSection(before)
  const next = questionsOfSection(after)
  const oldById = new Map(old.map((ref) => [ref.question.id, ref]))
  const { added, removed } = addedAndRemoved(
    old.map((ref) => ref.question),
    next.map((ref) => ref.question),
  )
  const changes: SectionChanges['questions'] = {
    added: next.filter((ref) => added.includes(ref.question)).map(delta),
    removed: old.filter((ref) => removed.includes(ref.question)).map(delta),
    reworded: [],
    moved: [],
    relinked: [],
    reweighted: [],
  }
  for (const ref of next) {
    const was = oldById.get(ref.question.id)
    if (!was) continue
    const q = ref.question
    if (q.prompt !== was.question.prompt || q.guidance !== was.question.guidance)
      changes.reworded.push(delta(ref))
    if (ref.checkId !== was.checkId) changes.moved.push({ ...delta(ref), fromCheckId: was.checkId })
    if (q.outcomeId !== was.question.outcomeId)
      changes.relinked.push({
        ...delta(ref),
        fromOutcomeId: was.question.outcomeId,
        toOutcomeId: q.outcomeId,
      })
    if (q.weight !== was.question.weight)
      changes.reweighted.push({ ...delta(ref), from: was.question.weight, to: q.weight })
  }
  return changes
}

function renamedIn<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  nameOf: (item: T) => string,
): Renamed[] {
  const old = byId(before)
  return after.flatMap((item) => {
    const was = old.get(item.id)
    return was && nameOf(was) !== nameOf(item)
      ? [{ id: item.id, from: nameOf(was), to: nameOf(item) }]
      : []
  })
}

function detailChanges(before: Section, after: Section): string[] {
  const details: string[] = []
  const fields: [string, (s: Section) => unknown][] = [
    ['the number', (s) => s.number],
    ['the category', (s) => s.category],
    ['the title', (s) => s.title],
    ['the summary', (s) => s.summary],
    ['the introduction', (s) => s.introduction ?? ''],
    ['the goal', (s) => `${s.goal.headline}\n${s.goal.text}`],
  ]
  for (const [name, valueOf] of fields) if (valueOf(before) !== valueOf(after)) details.push(name)
  const oldOutcomes = byId(before.outcomes)
  for (const outcome of after.outcomes) {
    const was = oldOutcomes.get(outcome.id)
    if (was && was.description !== outcome.description)
      details.push(`the description of outcome '${outcome.name}'`)
  }
  const oldChecks = byId(before.checks)
  for (const check of after.checks) {
    const was = oldChecks.get(check.id)
    if (was && was.intro !== check.intro) details.push(`the introduction of check '${check.title}'`)
  }
  return details
}

export function diffSection(before: Section, after: Section): SectionChanges {
  const named = (items: readonly { id: string; name?: string; title?: string; text?: string }[]) =>
    items.map((item) => ({ id: item.id, name: item.name ?? item.title ?? item.text ?? item.id }))
  const outcomes = addedAndRemoved(before.outcomes, after.outcomes)
  const checks = addedAndRemoved(before.checks, after.checks)
  const preparation = addedAndRemoved(before.preparation, after.preparation)
  const oldPreparation = byId(before.preparation)
  return {
    questions: questionChanges(before, after),
    outcomes: {
      added: named(outcomes.added),
      removed: named(outcomes.removed),
      renamed: renamedIn(before.outcomes, after.outcomes, (o) => o.name),
      reordered: reordered(before.outcomes, after.outcomes),
    },
    checks: {
      added: named(checks.added),
      removed: named(checks.removed),
      renamed: renamedIn(before.checks, after.checks, (c) => c.title),
      reordered: reordered(before.checks, after.checks),
    },
    preparation: {
      added: named(preparation.added),
      removed: named(preparation.removed),
      changed: named(
        after.preparation.filter((item) => {
          const was = oldPreparation.get(item.id)
          return was !== undefined && JSON.stringify(was) !== JSON.stringify(item)
        }),
      ),
    },
    details: detailChanges(before, after),
  }
}
