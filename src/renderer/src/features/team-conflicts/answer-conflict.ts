import { RATING_LABELS, type Answer, type Basis, type Rating } from '@core/audit'
import type { ConflictRow } from '../../team/team-rows'

/** One side of a conflicted answer: who saved it, when, and what (absent: they deleted it). */
export interface AnswerSide {
  by: string
  at: number
  answer?: Answer
}

/** A line of the side-by-side comparison: what is compared and each side's value in words. */
export interface ComparedField {
  label: string
  values: string[]
}

const BASIS_WORDS: Record<Basis, string> = {
  stated: 'Stated in the interview',
  verified: 'Verified with evidence',
}

/** The sides of an answer's conflict, in CouchDB's order (the first is what the audit holds now). */
export function answerSides(conflict: ConflictRow): AnswerSide[] {
  if (conflict.table !== 'answers') return []
  return conflict.versions.map(({ by, at, row }) => ({ by, at, answer: row as Answer | undefined }))
}

function ratingWords(answer: Answer | undefined): string {
  return answer?.rating ? RATING_LABELS[answer.rating] : 'Unanswered'
}

// Every field a consultant edits on the question, in the order the question shows them. Rating and
// notes are always compared (the rule names them); the others only where the sides differ.
const FIELDS: ReadonlyArray<{
  label: string
  always: boolean
  words: (answer: Answer) => string
}> = [
  { label: 'Rating', always: true, words: ratingWords },
  { label: 'Basis', always: false, words: (a) => (a.basis ? BASIS_WORDS[a.basis] : 'Not said') },
  {
    label: 'Follow-up',
    always: false,
    words: (a) => (a.followUp ? 'Follow-up needed' : 'No follow-up'),
  },
  { label: 'Interviewees', always: false, words: (a) => a.interviewees || 'None named' },
  { label: 'Notes', always: true, words: (a) => a.notes || 'No notes' },
  {
    label: 'Notes are for',
    always: false,
    words: (a) => (a.notesInternal ? 'The firm only' : 'The client too'),
  },
  {
    label: 'Evidence requested',
    always: false,
    words: (a) =>
      a.evidenceRequests.length === 0
        ? 'None'
        : a.evidenceRequests
            .map((r) => `${r.text}${r.receivedAt === undefined ? '' : ' (received)'}`)
            .join('; '),
  },
]

/** What the question shows side by side: rating and notes, and every other field that differs. */
export function compareAnswers(sides: readonly AnswerSide[]): ComparedField[] {
  return FIELDS.flatMap(({ label, always, words }) => {
    const values = sides.map((side) =>
      side.answer ? words(side.answer) : label === 'Rating' ? 'Deleted this answer' : '—',
    )
    return always || new Set(values).size > 1 ? [{ label, values }] : []
  })
}

/** Both notes for the merge field, each under who wrote it; the same notes only once. */
export function mergedNotes(sides: readonly AnswerSide[]): string {
  const seen = new Set<string>()
  const parts: string[] = []
  for (const { by, answer } of sides) {
    const notes = answer?.notes.trim() ?? ''
    if (notes === '' || seen.has(notes)) continue
    seen.add(notes)
    parts.push(`${by}: ${notes}`)
  }
  return parts.join('\n\n')
}

/** The rating a merge starts with: the one the audit holds now, else any side's. */
export function startingRating(sides: readonly AnswerSide[]): Rating | undefined {
  return sides.find((side) => side.answer?.rating)?.answer?.rating
}

/**
 * The merged answer: the first side that kept the answer, with the chosen rating and notes. The
 * other fields come from that side; a consultant who wants another's keeps that version instead.
 */
export function mergedAnswer(
  sides: readonly AnswerSide[],
  choice: { rating: Rating | undefined; notes: string },
  now: number,
): Answer | undefined {
  const base = sides.find((side) => side.answer)?.answer
  if (!base) return undefined
  const { rating: _rating, carriedOver: _carried, ...rest } = base
  return {
    ...rest,
    ...(choice.rating ? { rating: choice.rating } : {}),
    notes: choice.notes,
    updatedAt: now,
  }
}

/** Names for each side's buttons: "Ana's version", with the time when one person wrote both. */
export function sideNames(
  sides: ReadonlyArray<{ by: string; at: number }>,
  formatTime: (ms: number) => string,
): string[] {
  return sides.map(({ by, at }) =>
    sides.filter((side) => side.by === by).length > 1
      ? `${by}'s version of ${formatTime(at)}`
      : `${by}'s version`,
  )
}
