import type { Answer, AuditContent } from '../audit/model'
import { RATING_LABELS } from '../audit/labels'
import { questionKey } from '../content/lookup'
import type { Check, Question, Section } from '../content/schema'
import {
  OVERRIDABLE_FIELDS,
  type DerivedFinding,
  type Finding,
  type FindingEdit,
  type OverridableField,
} from './model'
import { deriveSeverity, median } from './severity'

/**
 * Findings from the frozen content, the answers and the consultant's edits (PRODUCT.md §7).
 *
 * - One finding per question rated Not met or Partially met, in interview order.
 * - Title: the check's title and the question's prompt, "On-call & Escalation: Who's getting
 *   paged at 2am if prod goes down tonight?" — plain, and traceable to the interview.
 * - Gap observed: the answer's notes; when there are none, a sentence saying how it was rated
 *   and that no notes were recorded.
 * - Recommendation: the question's guidance (why it matters, what good looks like).
 * - Severity: ./severity.ts.
 * - Owner, due date and status come from the stored edit (empty, empty, open without one).
 *
 * An edited title, gap, recommendation or severity replaces the derived one; an empty or blank
 * edit counts as none. Edits are keyed by question, so one made while a question was Not met is
 * there again if the question goes to Met and back.
 */

export type AnswerInput = readonly Answer[] | ReadonlyMap<string, Answer>

function answerMap(answers: AnswerInput): ReadonlyMap<string, Answer> {
  if (answers instanceof Map) return answers as ReadonlyMap<string, Answer>
  return new Map(
    (answers as readonly Answer[]).map((a) => [questionKey(a.sectionId, a.questionId), a]),
  )
}

export function deriveTitle(check: Check, question: Question): string {
  return `${check.title}: ${question.prompt}`
}

export function deriveGap(answer: Pick<Answer, 'notes' | 'rating'>): string {
  const notes = answer.notes.trim()
  if (notes !== '') return notes
  return `${gapWithoutNotes(answer)} No notes were recorded.`
}

/** The gap a reader who may not see the notes is told: only how the question was rated. */
export function gapWithoutNotes(answer: Pick<Answer, 'rating'>): string {
  const rating = answer.rating ? RATING_LABELS[answer.rating] : 'Unanswered'
  return `Rated ${rating} in the interview.`
}

/** The value an edit gives a field, or undefined when the derived one stands. */
function editedValue<F extends OverridableField>(
  edit: FindingEdit | undefined,
  field: F,
): FindingEdit[F] | undefined {
  const value = edit?.[field]
  if (typeof value === 'string' && value.trim() === '') return undefined
  return value
}

function findingFor(
  auditId: string,
  section: Section,
  check: Check,
  question: Question,
  answer: Answer & { rating: 'not-met' | 'partial' },
  edit: FindingEdit | undefined,
  positions: { order: number; inSection: number; medianWeight: number },
): Finding {
  const rung = section.outcomes.findIndex((o) => o.id === question.outcomeId) + 1
  const outcome = section.outcomes[rung - 1]
  const derived: DerivedFinding = {
    title: deriveTitle(check, question),
    gap: deriveGap(answer),
    recommendation: question.guidance,
    severity: deriveSeverity({
      rung,
      rungs: section.outcomes.length,
      rating: answer.rating,
      weight: question.weight,
      medianWeight: positions.medianWeight,
    }),
  }
  const overridden = Object.fromEntries(
    OVERRIDABLE_FIELDS.map((field) => [field, editedValue(edit, field) !== undefined]),
  ) as Record<OverridableField, boolean>
  return {
    id: `F${section.number}-${String(positions.inSection + 1).padStart(2, '0')}`,
    key: questionKey(section.id, question.id),
    auditId,
    sectionId: section.id,
    sectionNumber: section.number,
    sectionTitle: section.title,
    checkId: check.id,
    checkTitle: check.title,
    questionId: question.id,
    prompt: question.prompt,
    outcomeId: question.outcomeId,
    outcomeName: outcome?.name ?? question.outcomeId,
    outcomeLevel: rung,
    weight: question.weight,
    rating: answer.rating,
    notes: answer.notes,
    notesInternal: answer.notesInternal === true,
    order: positions.order,
    title: editedValue(edit, 'title') ?? derived.title,
    gap: editedValue(edit, 'gap') ?? derived.gap,
    recommendation: editedValue(edit, 'recommendation') ?? derived.recommendation,
    severity: editedValue(edit, 'severity') ?? derived.severity,
    owner: edit?.owner ?? '',
    dueDate: edit?.dueDate ?? '',
    status: edit?.status ?? 'open',
    derived,
    overridden,
    editedAt: edit?.updatedAt,
  }
}

export function deriveFindings(
  content: AuditContent,
  answers: AnswerInput,
  edits: readonly FindingEdit[],
): Finding[] {
  const byKey = answerMap(answers)
  const editByKey = new Map(edits.map((e) => [questionKey(e.sectionId, e.questionId), e]))
  const findings: Finding[] = []
  let order = 0
  for (const { section } of content.sections) {
    const medianWeight = median(section.checks.flatMap((c) => c.questions.map((q) => q.weight)))
    let inSection = 0
    for (const check of section.checks) {
      for (const question of check.questions) {
        const key = questionKey(section.id, question.id)
        const answer = byKey.get(key)
        const rating = answer?.rating
        if (answer && (rating === 'not-met' || rating === 'partial')) {
          findings.push(
            findingFor(
              content.auditId,
              section,
              check,
              question,
              { ...answer, rating },
              editByKey.get(key),
              { order, inSection, medianWeight },
            ),
          )
        }
        order += 1
        inSection += 1
      }
    }
  }
  return findings
}
