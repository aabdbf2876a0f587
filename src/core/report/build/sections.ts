import type { Answer, PreparationAnswer } from '../../audit/model'
import { questionKey } from '../../content/lookup'
import type { Check } from '../../content/schema'
import type { OutcomeStatus, SectionScore } from '../../scoring/model'
import type { CellTone, ReportBlock, TableCell, TextSpan } from '../model'
import type { ReportText } from '../text/report-text'
import { text } from './cells'
import type { ReportInput } from './input'
import { sectionView } from './narrative'
import { levelNameWords, percentWords, scoreWords } from './words'

/** One chapter per section: goal, ladder, outcome scores, then every check and its answers. */
export function sectionChapters(
  input: ReportInput,
  evidenceRefs: ReadonlyMap<string, string[]>,
  words: ReportText,
): ReportBlock[] {
  return input.score.sections.flatMap((score) => sectionChapter(input, score, evidenceRefs, words))
}

function sectionChapter(
  input: ReportInput,
  score: SectionScore,
  evidenceRefs: ReadonlyMap<string, string[]>,
  words: ReportText,
): ReportBlock[] {
  const { section } = score
  const answers = new Map(input.answers.map((a) => [questionKey(a.sectionId, a.questionId), a]))
  return [
    {
      kind: 'heading',
      level: 1,
      text: words.sections.heading({ number: section.number, title: section.title }),
      pageBreakBefore: true,
    },
    { kind: 'paragraph', style: 'lead', spans: [{ text: section.summary }] },
    { kind: 'heading', level: 2, text: words.sections.goal({ headline: section.goal.headline }) },
    { kind: 'paragraph', spans: [{ text: section.goal.text }] },
    ...sectionView(input, section.id, words),
    {
      kind: 'heading',
      level: 2,
      text: words.sections.maturity({
        level: score.level,
        maxLevel: score.maxLevel,
        levelName: levelNameWords(score, words),
      }),
    },
    ladderTable(score, words),
    outcomeTable(score, words),
    ...blockersBlock(score, words),
    ...preparationBlock(input, section.id, words),
    ...section.checks.flatMap((check) =>
      checkBlocks(input, score, check, answers, evidenceRefs, words),
    ),
  ]
}

function ladderTable(score: SectionScore, words: ReportText): ReportBlock {
  const { sections } = words
  const steps = [
    { name: words.adhocLevelName, description: sections.adhocMeaning },
    ...score.section.outcomes,
  ]
  return {
    kind: 'table',
    columns: [
      { header: sections.ladderColumns.level, width: 10 },
      { header: sections.ladderColumns.outcome, width: 20 },
      { header: sections.ladderColumns.meaning, width: 50 },
      { header: sections.ladderColumns.reached, width: 20 },
    ],
    rows: steps.map((step, level): TableCell[] => {
      const reached = level <= score.level
      const current = level === score.level
      return [
        text(String(level), current ? 'strong' : undefined),
        { spans: [{ text: step.name, bold: current }], tone: current ? 'strong' : undefined },
        text(step.description, current ? 'strong' : undefined),
        text(
          current ? sections.currentLevel : reached ? sections.reached : sections.notYet,
          current ? 'strong' : undefined,
        ),
      ]
    }),
    caption: sections.ladderCaption({ section: score.section.title }),
  }
}

function outcomeTable(score: SectionScore, words: ReportText): ReportBlock {
  const { sections } = words
  return {
    kind: 'table',
    columns: [
      { header: sections.outcomeColumns.outcome, width: 34 },
      { header: sections.outcomeColumns.score, width: 14 },
      { header: sections.outcomeColumns.threshold, width: 14 },
      { header: sections.outcomeColumns.answered, width: 14 },
      { header: sections.outcomeColumns.status, width: 24 },
    ],
    rows: score.outcomes.map((o): TableCell[] => [
      text(sections.outcomeName({ level: o.level, name: o.outcome.name })),
      text(scoreWords(o.score, words)),
      text(percentWords(o.threshold, words)),
      text(
        sections.answeredOf({
          answered: o.questionCount - o.unansweredCount,
          total: o.questionCount,
        }),
      ),
      text(words.outcomeStatuses[o.status], OUTCOME_TONES[o.status]),
    ]),
    caption: sections.outcomeCaption({
      score: scoreWords(score.score, words),
      answeredPercent: Math.round(score.coverage.ratio * 100),
    }),
  }
}

/** Each status is written in words; its tone is never its only sign. */
const OUTCOME_TONES: Record<OutcomeStatus, CellTone> = {
  achieved: 'good',
  'not-applicable': 'neutral',
  incomplete: 'warn',
  'below-threshold': 'bad',
}

function blockersBlock(score: SectionScore, words: ReportText): ReportBlock[] {
  const { sections } = words
  if (!score.nextOutcome) {
    return [{ kind: 'paragraph', spans: [{ text: sections.everyOutcomeAchieved }] }]
  }
  const prompts = new Map(
    score.section.checks.flatMap((c) => c.questions.map((q) => [q.id, q.prompt] as const)),
  )
  return [
    {
      kind: 'heading',
      level: 3,
      text: sections.blocksNextLevel({ outcome: score.nextOutcome.outcome.name }),
    },
    {
      kind: 'bullets',
      items: score.blockers.map((b) => [
        { text: prompts.get(b.question.questionId) ?? b.question.questionId },
        {
          text: sections.blocker({
            reason: b.reason === 'unanswered' ? sections.notAnsweredYet : words.ratings[b.reason],
          }),
          muted: true,
        },
      ]),
    },
  ]
}

function preparationBlock(input: ReportInput, sectionId: string, words: ReportText): ReportBlock[] {
  const section = input.content.sections.find((s) => s.section.id === sectionId)?.section
  const facts = (section?.preparation ?? [])
    .map((item) => ({ item, answer: findPreparation(input.preparation, sectionId, item.id) }))
    .filter(({ item, answer }) => item.kind === 'fact' && answer && answer.value.trim() !== '')
  if (facts.length === 0) return []
  return [
    { kind: 'heading', level: 3, text: words.sections.contextHeading },
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
  words: ReportText,
): ReportBlock[] {
  const labels = words.sections.answer
  return [
    { kind: 'heading', level: 2, text: check.title },
    { kind: 'paragraph', style: 'note', spans: [{ text: check.intro }] },
    ...check.questions.flatMap((question): ReportBlock[] => {
      const key = questionKey(score.sectionId, question.id)
      const answer = answers.get(key)
      const rows: Array<{ key: string; value: TextSpan[] }> = [
        {
          key: labels.rating,
          value: [
            {
              text: answer?.rating ? words.ratings[answer.rating] : labels.notAnswered,
              bold: true,
            },
          ],
        },
      ]
      if (answer?.basis)
        rows.push({
          key: labels.basis,
          value: [{ text: answer.basis === 'verified' ? labels.verified : labels.stated }],
        })
      if (answer?.interviewees.trim())
        rows.push({ key: labels.interviewees, value: [{ text: answer.interviewees.trim() }] })
      if (input.options.includeNotes && answer?.notes.trim())
        rows.push({ key: labels.notes, value: [{ text: answer.notes.trim() }] })
      const refs = evidenceRefs.get(key)
      if (refs?.length) rows.push({ key: labels.evidence, value: [{ text: refs.join(', ') }] })
      return [
        { kind: 'paragraph', style: 'quote', spans: [{ text: question.prompt }] },
        { kind: 'keyValues', rows },
      ]
    }),
  ]
}
