import type { Outcome, PreparationItem, Section } from '../content/schema'
import type { OutcomeEdit, PreparationEdit, SectionEdit, SectionTextField } from './edit-types'
import { idFromTitle } from './ids'
import { indexById, insertItem, moveItem, updateById } from './lists'
import type { SectionDraft } from './section-draft'

/** The handlers for the section's own fields, the threshold, the ladder and Before You Start. */

type EditOf<E, K> = Extract<E, { kind: K }>

export function withSection(
  draft: SectionDraft,
  change: (section: Section) => Section,
): SectionDraft {
  const section = change(draft.section)
  return section === draft.section ? draft : { ...draft, section }
}

/** A new id for an item: the consultant's own, or one from the title; unique among `items`. */
export function newItemId(
  items: readonly { id: string }[],
  title: string,
  own: string | undefined,
  fallback: string,
): string {
  return idFromTitle(own ?? title, new Set(items.map((item) => item.id)), fallback)
}

/** An optional text left empty is absent, as it would be in a pack file. */
function optionalText<T extends object, K extends keyof T & string>(
  item: T,
  key: K,
  value: string,
): T {
  if (value !== '') return { ...item, [key]: value }
  const { [key]: _removed, ...rest } = item
  return rest as T
}

function setSectionText(section: Section, field: SectionTextField, value: string): Section {
  switch (field) {
    case 'goalHeadline':
      return { ...section, goal: { ...section.goal, headline: value } }
    case 'goalText':
      return { ...section, goal: { ...section.goal, text: value } }
    case 'introduction':
      return optionalText(section, 'introduction', value)
    default:
      return { ...section, [field]: value }
  }
}

export const sectionHandlers = {
  setSectionText: (draft: SectionDraft, edit: EditOf<SectionEdit, 'setSectionText'>) =>
    withSection(draft, (s) => setSectionText(s, edit.field, edit.value)),
  setSectionNumber: (draft: SectionDraft, edit: EditOf<SectionEdit, 'setSectionNumber'>) =>
    withSection(draft, (s) => ({ ...s, number: edit.value })),
  setThreshold: (draft: SectionDraft, edit: EditOf<SectionEdit, 'setThreshold'>) => ({
    ...draft,
    achievementThreshold: edit.value,
  }),
}

export const outcomeHandlers = {
  addOutcome(draft: SectionDraft, edit: EditOf<OutcomeEdit, 'addOutcome'>): SectionDraft {
    const outcomes = draft.section.outcomes
    const outcome: Outcome = {
      id: newItemId(outcomes, edit.name, edit.id, 'outcome'),
      name: edit.name,
      description: edit.description ?? '',
    }
    // Questions that still point at a removed outcome of this id find it again.
    const { [outcome.id]: _back, ...removedOutcomes } = draft.removedOutcomes
    return {
      ...draft,
      removedOutcomes,
      section: { ...draft.section, outcomes: insertItem(outcomes, outcome, edit.at) },
    }
  },
  setOutcomeText: (draft: SectionDraft, edit: EditOf<OutcomeEdit, 'setOutcomeText'>) =>
    withSection(draft, (s) => ({
      ...s,
      outcomes: updateById(s.outcomes, edit.outcomeId, (o) => ({ ...o, [edit.field]: edit.value })),
    })),
  moveOutcome: (draft: SectionDraft, edit: EditOf<OutcomeEdit, 'moveOutcome'>) =>
    withSection(draft, (s) => ({
      ...s,
      outcomes: moveItem(s.outcomes, indexById(s.outcomes, edit.outcomeId), edit.to),
    })),
  /** Questions keep pointing at the removed outcome: a problem to resolve, not a silent change. */
  removeOutcome(draft: SectionDraft, edit: EditOf<OutcomeEdit, 'removeOutcome'>): SectionDraft {
    const removed = draft.section.outcomes.find((o) => o.id === edit.outcomeId)
    if (!removed) return draft
    return {
      ...draft,
      removedOutcomes: { ...draft.removedOutcomes, [removed.id]: removed.name },
      section: {
        ...draft.section,
        outcomes: draft.section.outcomes.filter((o) => o !== removed),
      },
    }
  },
}

type PreparationOf<K> = EditOf<PreparationEdit, K>

export const preparationHandlers = {
  addPreparationItem(draft: SectionDraft, edit: PreparationOf<'addPreparationItem'>): SectionDraft {
    const items = draft.section.preparation
    const item: PreparationItem = {
      id: newItemId(items, edit.text, edit.id, 'item'),
      text: edit.text,
      kind: edit.itemKind,
      ...(edit.itemKind === 'fact' && edit.factLabel ? { factLabel: edit.factLabel } : {}),
    }
    return withSection(draft, (s) => ({ ...s, preparation: insertItem(items, item, edit.at) }))
  },
  setPreparationText: (draft: SectionDraft, edit: PreparationOf<'setPreparationText'>) =>
    withSection(draft, (s) => ({
      ...s,
      preparation: updateById(s.preparation, edit.itemId, (item) =>
        edit.field === 'factLabel'
          ? optionalText(item, 'factLabel', edit.value)
          : { ...item, text: edit.value },
      ),
    })),
  /** A task records no value, so it keeps no label. */
  setPreparationKind: (draft: SectionDraft, edit: PreparationOf<'setPreparationKind'>) =>
    withSection(draft, (s) => ({
      ...s,
      preparation: updateById(s.preparation, edit.itemId, (item) => {
        if (item.kind === edit.itemKind) return item
        if (edit.itemKind === 'task')
          return optionalText({ ...item, kind: 'task' }, 'factLabel', '')
        return { ...item, kind: 'fact' }
      }),
    })),
  movePreparationItem: (draft: SectionDraft, edit: PreparationOf<'movePreparationItem'>) =>
    withSection(draft, (s) => ({
      ...s,
      preparation: moveItem(s.preparation, indexById(s.preparation, edit.itemId), edit.to),
    })),
  removePreparationItem: (draft: SectionDraft, edit: PreparationOf<'removePreparationItem'>) =>
    withSection(draft, (s) => ({
      ...s,
      preparation: s.preparation.filter((item) => item.id !== edit.itemId),
    })),
}
