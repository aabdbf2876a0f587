import type { PreparationItem } from '../content/schema'

/**
 * Every change the section editor can make to a draft, as data: the screen dispatches one, the
 * history records it, and `editDraft` applies it (one handler per kind, so none is forgotten).
 * Items are addressed by id, which never changes when they are renamed or moved.
 */

export type SectionTextField =
  'category' | 'title' | 'summary' | 'introduction' | 'goalHeadline' | 'goalText'

/** Where a new item goes: its id (made from its title when not given) and its place. */
interface NewItem {
  /** The consultant's own id; made unique if taken. Made from the title when absent. */
  id?: string
  /** Index to insert at; appended when absent. */
  at?: number
}

export type SectionEdit =
  | { kind: 'setSectionText'; field: SectionTextField; value: string }
  | { kind: 'setSectionNumber'; value: number }
  | { kind: 'setThreshold'; value: number }

export type OutcomeEdit =
  | ({ kind: 'addOutcome'; name: string; description?: string } & NewItem)
  | { kind: 'setOutcomeText'; outcomeId: string; field: 'name' | 'description'; value: string }
  | { kind: 'moveOutcome'; outcomeId: string; to: number }
  | { kind: 'removeOutcome'; outcomeId: string }

export type PreparationEdit =
  | ({
      kind: 'addPreparationItem'
      text: string
      itemKind: PreparationItem['kind']
      factLabel?: string
    } & NewItem)
  | { kind: 'setPreparationText'; itemId: string; field: 'text' | 'factLabel'; value: string }
  | { kind: 'setPreparationKind'; itemId: string; itemKind: PreparationItem['kind'] }
  | { kind: 'movePreparationItem'; itemId: string; to: number }
  | { kind: 'removePreparationItem'; itemId: string }

export type CheckEdit =
  | ({ kind: 'addCheck'; title: string; intro?: string } & NewItem)
  | { kind: 'setCheckText'; checkId: string; field: 'title' | 'intro'; value: string }
  /** Refused (the draft is unchanged) when `id` is not a valid id or is taken: see `checkIdProblem`. */
  | { kind: 'setCheckId'; checkId: string; id: string }
  | { kind: 'moveCheck'; checkId: string; to: number }
  /** Removes the check with its questions. */
  | { kind: 'removeCheck'; checkId: string }

export type QuestionEdit =
  | ({
      kind: 'addQuestion'
      checkId: string
      prompt: string
      guidance?: string
      outcomeId?: string
      weight?: number
    } & NewItem)
  | { kind: 'setQuestionText'; questionId: string; field: 'prompt' | 'guidance'; value: string }
  | { kind: 'setQuestionOutcome'; questionId: string; outcomeId: string }
  | { kind: 'setQuestionWeight'; questionId: string; weight: number }
  /** Reorders within a check when `toCheckId` is its own check, or moves it to another. */
  | { kind: 'moveQuestion'; questionId: string; toCheckId: string; to: number }
  | { kind: 'removeQuestion'; questionId: string }

export type DraftEdit = SectionEdit | OutcomeEdit | PreparationEdit | CheckEdit | QuestionEdit

export type DraftEditKind = DraftEdit['kind']
