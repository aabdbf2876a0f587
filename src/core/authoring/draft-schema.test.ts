import { describe, expect, it } from 'vitest'
import { builtinPack } from '../content/builtin'
import { sectionDraftSchema } from './draft-schema'
import { duplicateAsCustom, newSectionDraft, takenIdsIn } from './section-draft'

const taken = takenIdsIn([builtinPack])

describe('reading a saved section draft back', () => {
  it('reads a blank draft and a copy of Section 35 as they were saved', () => {
    for (const draft of [
      newSectionDraft(taken),
      duplicateAsCustom(builtinPack.sections[0]!, taken),
    ]) {
      const saved: unknown = JSON.parse(JSON.stringify(draft))
      expect(sectionDraftSchema.parse(saved)).toEqual(draft)
    }
  })

  it('keeps a draft that would not publish (empty title, an outcome no longer on the ladder)', () => {
    const draft = duplicateAsCustom(builtinPack.sections[0]!, taken)
    draft.section.title = ''
    draft.section.outcomes = draft.section.outcomes.slice(1)
    expect(sectionDraftSchema.safeParse(draft).success).toBe(true)
  })

  it('refuses what is not a draft, naming the field', () => {
    const draft: unknown = { ...newSectionDraft(taken), achievementThreshold: 'high' }
    const result = sectionDraftSchema.safeParse(draft)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['achievementThreshold'])
    expect(sectionDraftSchema.safeParse({ ...newSectionDraft(taken), script: 'x' }).success).toBe(
      false,
    )
  })
})
