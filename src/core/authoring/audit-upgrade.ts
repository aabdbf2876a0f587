import { questionKey, questionsOfSection } from '../content/lookup'
import { compareVersions } from '../content/pack-install'
import type { ContentPack, Section } from '../content/schema'
import { editProblem } from '../audit/editable'
import type { Answer, Audit, AuditContent, ScopedSection } from '../audit/model'
import { indexAnswers, interviewOrder, isAnswered } from '../audit/question-order'
import { plural } from '../text/plural'
import type { PackChanges } from './publish'
import { describePackChanges, diffPackSection } from './publish'
import { versionLabel } from './versions'

/**
 * "Update to version N" on an audit (PRODUCT.md §14): what would change in its scope, shown before
 * the consultant confirms. Answers are keyed by section and question id and none is ever deleted:
 * a question the new version drops keeps its answer in the audit, out of scope, and it returns if
 * a later version brings the question back.
 */

export interface ScopeQuestion {
  questionId: string
  prompt: string
  /** Whether the audit holds an answer for it (a rating or notes). */
  answered: boolean
}

export interface SectionUpgrade {
  sectionId: string
  title: string
  fromVersion: string
  toVersion: string
  changes: PackChanges
  /** In scope from the new version: to be answered (unless answered before it left). */
  newQuestions: ScopeQuestion[]
  /** Out of scope in the new version; their answers stay in the audit. */
  removedQuestions: ScopeQuestion[]
  /** Asked in other words; their answers are kept. */
  rewordedQuestions: ScopeQuestion[]
  /** The section as the audit will hold it. */
  next: ScopedSection
}

export interface AuditUpgradePlan {
  packId: string
  toVersion: string
  sections: SectionUpgrade[]
  /** Sections of the audit from this pack that the new version no longer has: they stay as they are. */
  notInVersion: { sectionId: string; title: string }[]
  questionCount: { before: number; after: number }
  summary: string[]
}

function hasRecordedAnswer(answer: Answer | undefined): boolean {
  return isAnswered(answer) || (answer?.notes.trim() ?? '') !== ''
}

function planSection(
  scoped: ScopedSection,
  next: ContentPack,
  section: Section,
  answers: ReadonlyMap<string, Answer>,
): SectionUpgrade {
  const before: ContentPack = {
    ...next,
    version: scoped.packVersion,
    achievementThreshold: scoped.achievementThreshold,
    sections: [scoped.section],
  }
  const changes = diffPackSection(before, next, section.id)!
  const prompts = new Map(
    [...questionsOfSection(scoped.section), ...questionsOfSection(section)].map((ref) => [
      ref.question.id,
      ref.question.prompt,
    ]),
  )
  const inScope = (delta: { id: string }): ScopeQuestion => ({
    questionId: delta.id,
    prompt: prompts.get(delta.id) ?? '',
    answered: hasRecordedAnswer(answers.get(questionKey(section.id, delta.id))),
  })
  const { added, removed, reworded } = changes.section.questions
  return {
    sectionId: section.id,
    title: section.title,
    fromVersion: scoped.packVersion,
    toVersion: next.version,
    changes,
    newQuestions: added.map(inScope),
    removedQuestions: removed.map(inScope),
    rewordedQuestions: reworded.map(inScope),
    next: {
      packId: next.id,
      packVersion: next.version,
      achievementThreshold: next.achievementThreshold,
      section: JSON.parse(JSON.stringify(section)) as Section,
    },
  }
}

function describeSectionUpgrade(upgrade: SectionUpgrade): string[] {
  const { newQuestions, removedQuestions, rewordedQuestions } = upgrade
  const keptOut = removedQuestions.filter((q) => q.answered).length
  const rest: PackChanges = {
    ...upgrade.changes,
    section: {
      ...upgrade.changes.section,
      questions: { ...upgrade.changes.section.questions, added: [], removed: [], reworded: [] },
    },
  }
  return [
    `${upgrade.title}: ${versionLabel(upgrade.fromVersion)} → ${versionLabel(upgrade.toVersion)}`,
    ...(newQuestions.length > 0
      ? [`${plural(newQuestions.length, 'new question')} to answer`]
      : []),
    ...(removedQuestions.length > 0
      ? [
          `${plural(removedQuestions.length, 'question')} out of scope` +
            (keptOut > 0
              ? `; ${plural(keptOut, 'answer')} kept in the audit but no longer counted`
              : ''),
        ]
      : []),
    ...(rewordedQuestions.length > 0
      ? [`${plural(rewordedQuestions.length, 'question')} reworded; answers are kept`]
      : []),
    ...describePackChanges(rest),
  ]
}

/** What updating the audit's sections from `next`'s pack to `next` would change. */
export function planAuditUpgrade(
  content: AuditContent,
  next: ContentPack,
  answers: readonly Answer[],
): AuditUpgradePlan {
  const byKey = indexAnswers(answers)
  const sections: SectionUpgrade[] = []
  const notInVersion: AuditUpgradePlan['notInVersion'] = []
  for (const scoped of content.sections) {
    if (scoped.packId !== next.id || compareVersions(next.version, scoped.packVersion) <= 0)
      continue
    const section = next.sections.find((s) => s.id === scoped.section.id)
    if (section) sections.push(planSection(scoped, next, section, byKey))
    else notInVersion.push({ sectionId: scoped.section.id, title: scoped.section.title })
  }
  const before = interviewOrder(content).length
  const after =
    before + sections.reduce((sum, s) => sum + s.newQuestions.length - s.removedQuestions.length, 0)
  const label = versionLabel(next.version)
  const summary =
    sections.length === 0 && notInVersion.length === 0
      ? [
          `Nothing in this audit would change: none of its sections is on an older version of “${next.title}”.`,
        ]
      : [
          ...sections.flatMap(describeSectionUpgrade),
          ...notInVersion.map((s) => `${s.title} is not in ${label}; it stays as it is`),
        ]
  return {
    packId: next.id,
    toVersion: next.version,
    sections,
    notInVersion,
    questionCount: { before, after },
    summary,
  }
}

/**
 * The audit and its content once the consultant confirms the plan; answers are not touched. A
 * final or deleted audit is refused, as any change to it is.
 */
export function applyAuditUpgrade(
  audit: Audit,
  content: AuditContent,
  plan: AuditUpgradePlan,
  now: number,
): { audit: Audit; content: AuditContent } | { problem: string } {
  const problem = editProblem(audit)
  if (problem !== undefined) return { problem }
  const upgraded = new Map(plan.sections.map((s) => [s.sectionId, s.next]))
  const next: AuditContent = {
    auditId: content.auditId,
    sections: content.sections.map((scoped) => upgraded.get(scoped.section.id) ?? scoped),
  }
  return {
    audit: {
      ...audit,
      questionCount: interviewOrder(next).length,
      scopeUpdatedAt: now,
      updatedAt: now,
    },
    content: next,
  }
}
