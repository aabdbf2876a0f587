import type { PackPath } from '../content/pack-rules'
import type { Section } from '../content/schema'

/**
 * Paths into a draft said the way a consultant would say them: `section.checks.1.questions.3`
 * is "Question 4 of check 'Runbooks'", `…outcomeId` is "the outcome".
 */

const FIELD_NOUNS: Record<string, string> = {
  prompt: 'prompt',
  guidance: 'guidance',
  outcomeId: 'outcome',
  weight: 'weight',
  title: 'title',
  intro: 'introduction',
  name: 'name',
  description: 'description',
  text: 'text',
  factLabel: 'fact label',
  number: 'number',
  category: 'category',
  summary: 'summary',
  introduction: 'introduction',
  headline: 'goal headline',
  id: 'id',
  packId: 'pack id',
  achievementThreshold: 'achievement threshold',
}

/** The noun for the field a path ends at ("goal text" for `goal.text`). */
export function fieldNoun(path: PackPath): string {
  const last = path[path.length - 1]
  if (last === 'text' && path[path.length - 2] === 'goal') return 'goal text'
  return typeof last === 'string' ? (FIELD_NOUNS[last] ?? last) : 'entry'
}

const quoted = (text: string) => `'${text.trim()}'`

/** The item a path is in, e.g. "Question 4 of check 'Runbooks'", "Outcome 'Owned'", "The section". */
export function describeItem(section: Section, path: PackPath): string {
  const [root, list, i, sub, j] = path
  if (root === 'achievementThreshold') return 'The achievement threshold'
  if (root === 'packId') return 'The pack id'
  if (typeof i !== 'number') return 'The section'
  if (list === 'outcomes') {
    const name = section.outcomes[i]?.name.trim()
    return name ? `Outcome ${quoted(name)}` : `Outcome ${i + 1}`
  }
  if (list === 'preparation') return `Before You Start item ${i + 1}`
  if (list !== 'checks') return 'The section'
  const title = section.checks[i]?.title.trim()
  const check = title ? `check ${quoted(title)}` : `check ${i + 1}`
  if (sub === 'questions' && typeof j === 'number') return `Question ${j + 1} of ${check}`
  return check.charAt(0).toUpperCase() + check.slice(1)
}

/** The same, to be used inside a sentence ("…which question 2 of check 'Runbooks' already uses"). */
export function describeItemInline(section: Section, path: PackPath): string {
  const words = describeItem(section, path)
  return words.charAt(0).toLowerCase() + words.slice(1)
}
