import { checkHandlers, questionHandlers } from './check-edits'
import type { DraftEdit, DraftEditKind } from './edit-types'
import type { SectionDraft } from './section-draft'
import { outcomeHandlers, preparationHandlers, sectionHandlers } from './section-edits'

/**
 * Applies one edit to a draft and returns the new draft; the old one is never changed, and an
 * edit that changes nothing (an unknown id, a move to the same place) returns the same draft.
 */

type Handlers = {
  [K in DraftEditKind]: (draft: SectionDraft, edit: Extract<DraftEdit, { kind: K }>) => SectionDraft
}

const handlers: Handlers = {
  ...sectionHandlers,
  ...outcomeHandlers,
  ...preparationHandlers,
  ...checkHandlers,
  ...questionHandlers,
}

export function editDraft(draft: SectionDraft, edit: DraftEdit): SectionDraft {
  const handle = handlers[edit.kind] as (draft: SectionDraft, edit: DraftEdit) => SectionDraft
  return handle(draft, edit)
}

/**
 * Edits with the same key, one after another, are one step of the undo history: typing a prompt
 * letter by letter undoes as one change. Structural edits (add, move, remove, a choice from a
 * list) have none and are always their own step.
 */
export function coalesceKeyOf(edit: DraftEdit): string | undefined {
  switch (edit.kind) {
    case 'setSectionText':
      return `section.${edit.field}`
    case 'setSectionNumber':
      return 'section.number'
    case 'setThreshold':
      return 'threshold'
    case 'setOutcomeText':
      return `outcome:${edit.outcomeId}.${edit.field}`
    case 'setPreparationText':
      return `preparation:${edit.itemId}.${edit.field}`
    case 'setCheckText':
      return `check:${edit.checkId}.${edit.field}`
    case 'setQuestionText':
      return `question:${edit.questionId}.${edit.field}`
    case 'setQuestionWeight':
      return `question:${edit.questionId}.weight`
    default:
      return undefined
  }
}
