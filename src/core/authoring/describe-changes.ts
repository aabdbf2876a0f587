import { plural } from '../text/plural'
import type { SectionChanges } from './section-changes'

/**
 * A section's changes as short sentences a consultant reads before publishing or updating an
 * audit: "2 questions added, 1 removed, 3 reworded", "outcome 'Runbooked' renamed to 'Documented'".
 */

/** "2 questions added, 1 removed": the noun once, then the counts that are not zero. */
function counts(noun: string, parts: [number, string][]): string[] {
  const shown = parts.filter(([count]) => count > 0)
  if (shown.length === 0) return []
  return [
    shown
      .map(([count, what], i) => (i === 0 ? `${plural(count, noun)} ${what}` : `${count} ${what}`))
      .join(', '),
  ]
}

export function describeSectionChanges(changes: SectionChanges): string[] {
  const { questions, outcomes, checks, preparation } = changes
  return [
    ...counts('question', [
      [questions.added.length, 'added'],
      [questions.removed.length, 'removed'],
      [questions.reworded.length, 'reworded'],
      [questions.moved.length, 'moved to another check'],
      [questions.relinked.length, 'linked to another outcome'],
      [questions.reweighted.length, 'reweighted'],
    ]),
    ...outcomes.added.map((o) => `outcome '${o.name}' added`),
    ...outcomes.removed.map((o) => `outcome '${o.name}' removed`),
    ...outcomes.renamed.map((o) => `outcome '${o.from}' renamed to '${o.to}'`),
    ...(outcomes.reordered ? ['the ladder reordered'] : []),
    ...checks.added.map((c) => `check '${c.name}' added`),
    ...checks.removed.map((c) => `check '${c.name}' removed`),
    ...checks.renamed.map((c) => `check '${c.from}' renamed to '${c.to}'`),
    ...(checks.reordered ? ['checks reordered'] : []),
    ...counts('Before You Start item', [
      [preparation.added.length, 'added'],
      [preparation.removed.length, 'removed'],
      [preparation.changed.length, 'changed'],
    ]),
    ...(changes.details.length > 0 ? [`also changed: ${changes.details.join(', ')}`] : []),
  ]
}

export function hasSectionChanges(changes: SectionChanges): boolean {
  return describeSectionChanges(changes).length > 0
}
