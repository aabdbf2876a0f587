import { RATING_LABELS } from '../../audit/labels'
import type { Answer, PreparationAnswer } from '../../audit/model'
import { questionKey } from '../../content/lookup'
import type { Check } from '../../content/schema'
import {
  ADHOC_LEVEL_NAME,
  formatScore,
  type OutcomeStatus,
  type SectionScore,
} from '../../scoring/model'
import type { ReportBlock, TableCell, TextSpan } from '../model'
import { text } from './cells'
import type { ReportInput } from './input'
import { sectionView } from './narrative'

/** One chapter per section: goal, ladder, outcome scores, then every check and its answers. */
export function sectionChapters(
  input: ReportInput,
  evidenceRefs: ReadonlyMap<string, string[]>,
): ReportBlock[] {
  return input.score.sections.flatMap((score) => sectionChapter(input, score, evidenceRefs))
}

function sectionChapter(
  input: ReportInput,
  score: SectionScore,
  evidenceRefs: ReadonlyMap<string, string[]>,
): ReportBlock[] {
  const { section } = score
  const answers = new Map(input.answers.map((a) => [questionKey(a.sectionId, a.questionId), a]))
  return [
    {
      kind: 'heading',
      level: 1,
      text: `Section ${section.number} · ${section.title}`,
      pageBreakBefore: true,
    },
    { kind: 'paragraph', style: 'lead', spans: [{ text: section.summary }] },
    { kind: 'heading', level: 2, text: `The goal: ${section.goal.headline}` },
    { kind: 'paragraph', spans: [{ text: section.goal.text }] },
    ...sectionView(input, section.id),
    {
      kind: 'heading',
      level: 2,
      text: `Maturity: level ${score.level} of ${score.maxLevel}, ${score.levelName}`,
    },
    ladderTable(score),
    outcomeTable(score),
    ...blockersBlock(score),
    ...preparationBlock(input, section.id),
    ...section.checks.flatMap((check) => checkBlocks(input, score, check, answers, evidenceRefs)),
  ]
}

function ladderTable(score: SectionScore): ReportBlock {
  const steps = [
    { name: ADHOC_LEVEL_NAME, description: 'None of the outcomes is achieved yet.' },
    ...score.section.outcomes,
  ]
  return {
    kind: 'table',
    columns: [
      { header: 'Level', width: 10 },
      { header: 'Outcome', width: 20 },
      { header: 'What it means', width: 50 },
      { header: 'Reached', width: 20 },
    ],
    rows: steps.map((step, level): TableCell[] => {
      const reached = level <= score.level
      const current = level === score.level
      return [
        text(String(level), current ? 'strong' : undefined),
        { spans: [{ text: step.name, bold: current }], tone: current ? 'strong' : undefined },
        text(step.description, current ? 'strong' : undefined),
        text(
          current ? 'Current level' : reached ? 'Reached' : 'Not yet',
          current ? 'strong' : undefined,
        ),
      ]
    }),
    caption: `The maturity ladder of ${score.section.title}; the current level is marked.`,
  }
}

function outcomeTable(score: SectionScore): ReportBlock {
  return {
    kind: 'table',
    columns: [
      { header: 'Outcome', width: 34 },
      { header: 'Score', width: 14 },
      { header: 'Threshold', width: 14 },
      { header: 'Answered', width: 14 },
      { header: 'Status', width: 24 },
    ],
    rows: score.outcomes.map((o): TableCell[] => [
      text(`${o.level}. ${o.outcome.name}`),
      text(formatScore(o.score)),
      text(`${Math.round(o.threshold * 100)}%`),
      text(`${o.questionCount - o.unansweredCount} of ${o.questionCount}`),
      outcomeStatusCell(o.status),
    ]),
    caption: `Section score ${formatScore(score.score)}; ${Math.round(score.coverage.ratio * 100)}% of its questions answered.`,
  }
}

/** Each status in words, with a tone that is never its only sign. */
function outcomeStatusCell(status: OutcomeStatus): TableCell {
  switch (status) {
    case 'achieved':
      return text('Achieved', 'good')
    case 'not-applicable':
      return text('Not applicable', 'neutral')
    case 'incomplete':
      return text('Not achieved: unanswered questions', 'warn')
    case 'below-threshold':
      return text('Not achieved: below threshold', 'bad')
  }
}

function blockersBlock(score: SectionScore): ReportBlock[] {
  if (!score.nextOutcome) {
    return [{ kind: 'paragraph', spans: [{ text: 'Every outcome of the ladder is achieved.' }] }]
  }
  const prompts = new Map(
    score.section.checks.flatMap((c) => c.questions.map((q) => [q.id, q.prompt] as const)),
  )
  return [
    {
      kind: 'heading',
      level: 3,
      text: `What blocks the next level, ${score.nextOutcome.outcome.name}`,
    },
    {
      kind: 'bullets',
      items: score.blockers.map((b) => [
        { text: prompts.get(b.question.questionId) ?? b.question.questionId },
        {
          text: ` — ${b.reason === 'unanswered' ? 'not answered yet' : RATING_LABELS[b.reason]}`,
          muted: true,
        },
      ]),
    },
  ]
}

function preparationBlock(input: ReportInput, sectionId: string): ReportBlock[] {
  const section = input.content.sections.find((s) => s.section.id === sectionId)?.section
  const facts = (section?.preparation ?? [])
    .map((item) => ({ item, answer: findPreparation(input.preparation, sectionId, item.id) }))
    .filter(({ item, answer }) => item.kind === 'fact' && answer && answer.value.trim() !== '')
  if (facts.length === 0) return []
  return [
    { kind: 'heading', level: 3, text: 'Context recorded before the interview' },
    {
      kind: 'keyValues',
      rows: facts.map(({ item, answer }) => ({
        key: item.factLabel ?? item.text,
        value: [{ text: answer?.value ?? '' }],
      })),
    },
  ]
}

function findPreparation(
  rows: readonly PreparationAnswer[],
  sectionId: string,
  itemId: string,
): PreparationAnswer | undefined {
  return rows.find((r) => r.sectionId === sectionId && r.itemId === itemId)
}

function checkBlocks(
  input: ReportInput,
  score: SectionScore,
  check: Check,
  answers: ReadonlyMap<string, Answer>,
  evidenceRefs: ReadonlyMap<string, string[]>,
): ReportBlock[] {
  return [
    { kind: 'heading', level: 2, text: check.title },
    { kind: 'paragraph', style: 'note', spans: [{ text: check.intro }] },
    ...check.questions.flatMap((question): ReportBlock[] => {
      const key = questionKey(score.sectionId, question.id)
      const answer = answers.get(key)
      const rows: Array<{ key: string; value: TextSpan[] }> = [
        {
          key: 'Rating',
          value: [
            { text: answer?.rating ? RATING_LABELS[answer.rating] : 'Not answered', bold: true },
          ],
        },
      ]
      if (answer?.basis)
        rows.push({
          key: 'Basis',
          value: [
            {
              text:
                answer.basis === 'verified'
                  ? 'Verified against evidence'
                  : 'Stated in the interview',
            },
          ],
        })
      if (answer?.interviewees.trim())
        rows.push({ key: 'Interviewees', value: [{ text: answer.interviewees.trim() }] })
      if (input.options.includeNotes && answer?.notes.trim())
        rows.push({ key: 'Notes', value: [{ text: answer.notes.trim() }] })
      const refs = evidenceRefs.get(key)
      if (refs?.length) rows.push({ key: 'Evidence', value: [{ text: refs.join(', ') }] })
      return [
        { kind: 'paragraph', style: 'quote', spans: [{ text: question.prompt }] },
        { kind: 'keyValues', rows },
      ]
    }),
  ]
}
