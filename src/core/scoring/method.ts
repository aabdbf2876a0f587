import type { AuditContent } from '../audit/model'
import { RATING_VALUES } from './score-section'
import { ADHOC_LEVEL_NAME, toPercent } from './model'

/**
 * The scoring method in words, for the report's method chapter (PRODUCT.md §9.3). It states the
 * rules ./score-section.ts implements; a change to one is a change to the other.
 */

export type MethodBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: Array<{ term: string; text: string }> }

function thresholdPhrase(content: AuditContent | undefined): string {
  const thresholds = [...new Set(content?.sections.map((s) => s.achievementThreshold) ?? [])]
  const shown = thresholds
    .sort((a, b) => a - b)
    .map((t) => `${toPercent(t)}%`)
    .join(' or ')
  if (thresholds.length === 0) return 'the achievement threshold set in the content pack'
  if (thresholds.length === 1) return `the achievement threshold of ${shown}`
  return `the achievement threshold its content pack sets (${shown})`
}

/** The method as paragraphs and a list of defined terms, with this audit's threshold in it. */
export function describeScoringMethod(content?: AuditContent): MethodBlock[] {
  const threshold = thresholdPhrase(content)
  return [
    {
      kind: 'paragraph',
      text:
        'Each question is rated Met, Partially met, Not met or Not applicable. For scoring, ' +
        `Met counts ${RATING_VALUES.met}, Partially met ${RATING_VALUES.partial} and Not met ` +
        `${RATING_VALUES['not-met']}. Questions rated Not applicable, and questions not yet ` +
        'answered, are left out of every score. Each question carries a weight from the content ' +
        'pack; every mean below is weighted by it.',
    },
    {
      kind: 'list',
      items: [
        {
          term: 'Outcome score',
          text: "The weighted mean of the values of the outcome's scored questions. An outcome with no scored question has no score.",
        },
        {
          term: 'Achieved',
          text:
            `An outcome is achieved when its score reaches ${threshold} and none of its ` +
            'questions is unanswered. An outcome whose questions are all rated Not applicable ' +
            'is not applicable: nothing is missing and nothing falls short, so it does not hold ' +
            'the maturity level back.',
        },
        {
          term: 'Maturity level',
          text:
            "A staircase up the section's ladder of outcomes. A section is at level k, named " +
            `after its k-th outcome, when outcomes 1 to k are all achieved or not applicable; at level 0, ${ADHOC_LEVEL_NAME}, ` +
            'when its first outcome is not. An outcome achieved above one that is not does not ' +
            'raise the level.',
        },
        {
          term: 'Section score',
          text: "The weighted mean over all of the section's scored questions, shown as a percentage from 0% to 100%, rounded to the nearest whole percent.",
        },
        {
          term: 'Coverage',
          text: 'The share of questions answered, Not applicable included. Unanswered questions lower the coverage, not the scores.',
        },
        {
          term: 'What blocks the next level',
          text:
            'The next level is the first outcome not achieved. Each of its unanswered questions ' +
            'blocks it; and when its score is under the threshold, so does each of its questions ' +
            'rated Not met or Partially met.',
        },
      ],
    },
  ]
}

/** The same method as plain text, one paragraph or list item a line. */
export function scoringMethodText(content?: AuditContent): string {
  return describeScoringMethod(content)
    .flatMap((block) =>
      block.kind === 'paragraph'
        ? [block.text]
        : block.items.map((item) => `• ${item.term}: ${item.text}`),
    )
    .join('\n')
}
