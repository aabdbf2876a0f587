import type { Answer, AuditContent, Rating, ScopedSection } from '../../audit/model'
import type { Section } from '../../content/schema'

/** Small, readable sections and answers for scoring, findings and chart tests. */

export interface QuestionSpec {
  id: string
  outcome: string
  weight?: number
  check?: string
}

/**
 * A section whose ladder is `outcomes` (ids, named after themselves capitalised) and whose
 * questions are `questions`, grouped into checks by `check` (default "main").
 */
export function makeSection(
  outcomes: readonly string[],
  questions: readonly QuestionSpec[],
  overrides: Partial<Pick<Section, 'id' | 'number' | 'title'>> = {},
): Section {
  const checkIds = [...new Set(questions.map((q) => q.check ?? 'main'))]
  return {
    id: overrides.id ?? 'test-section',
    number: overrides.number ?? 7,
    category: 'Testing',
    title: overrides.title ?? 'Test Section',
    summary: 'A section for tests',
    goal: { headline: 'Goal', text: 'A goal.' },
    outcomes: outcomes.map((id) => ({
      id,
      name: id.charAt(0).toUpperCase() + id.slice(1),
      description: `The ${id} outcome`,
    })),
    preparation: [],
    checks: checkIds.map((checkId) => ({
      id: checkId,
      title: `Check ${checkId}`,
      intro: 'An intro.',
      questions: questions
        .filter((q) => (q.check ?? 'main') === checkId)
        .map((q) => ({
          id: q.id,
          prompt: `Question ${q.id}?`,
          guidance: `Guidance for ${q.id}.`,
          outcomeId: q.outcome,
          weight: q.weight ?? 1,
        })),
    })),
  }
}

export function scoped(section: Section, achievementThreshold = 0.75): ScopedSection {
  return { packId: 'test-pack', packVersion: '1.0.0', achievementThreshold, section }
}

export function contentOf(...sections: ScopedSection[]): AuditContent {
  return { auditId: 'audit-1', sections }
}

/** Answers for one section from `{ questionId: rating }`; an absent id stays unanswered. */
export function answersFor(
  sectionId: string,
  ratings: Record<string, Rating | undefined>,
  notes: Record<string, string> = {},
): Answer[] {
  return Object.entries(ratings)
    .filter(([, rating]) => rating !== undefined)
    .map(([questionId, rating]) => ({
      auditId: 'audit-1',
      sectionId,
      questionId,
      rating,
      notes: notes[questionId] ?? '',
      interviewees: '',
      followUp: false,
      evidenceRequests: [],
      updatedAt: 0,
    }))
}

/**
 * Section 35 rated so that Owned (Met + Partially met = 0.75, exactly the threshold) and
 * Reachable (both Met) are achieved, Runbooked (0.5, 0, 1) is not, Learning is all N/A and
 * Improving ('open-action-items') is left unanswered: level 2, Reachable.
 */
export const SECTION_35_REACHABLE: Readonly<Record<string, Rating>> = {
  'who-gets-paged': 'met',
  'escalation-path': 'partial',
  'emergency-contacts': 'met',
  'out-of-band-alerting': 'met',
  'runbook-for-newcomers': 'partial',
  'runbook-from-alert': 'not-met',
  'runbook-freshness': 'met',
  'blameless-post-mortems': 'na',
}
