import { describe, expect, it } from 'vitest'
import { duplicateAsCustom, editDraft, newSectionDraft, publishSection } from '@core/authoring'
import { builtinPack } from '@core/content'
import { previewPublish } from './publish-preview'

const section35 = builtinPack.sections[0]!
const taken = { sectionIds: new Set<string>(), packIds: new Set<string>() }

describe('previewPublish', () => {
  it('offers version 1 with what it holds for a section never published', () => {
    const draft = duplicateAsCustom(section35, taken)
    const preview = previewPublish(draft, [builtinPack], 1)
    expect(preview).toMatchObject({ ok: true, version: 'version 1' })
    expect(preview.ok && preview.summary[0]).toMatch(/^first version: 5 outcomes/)
  })

  it('offers the next version with the change since the newest installed one', () => {
    const draft = duplicateAsCustom(section35, taken)
    const first = publishSection(draft, undefined, 1)
    if (!first.ok) throw new Error(first.reason)
    const renamed = editDraft(draft, {
      kind: 'setOutcomeText',
      outcomeId: draft.section.outcomes[0]!.id,
      field: 'name',
      value: 'Accountable',
    })
    const preview = previewPublish(renamed, [builtinPack, first.published.pack], 2)
    expect(preview).toMatchObject({ ok: true, version: 'version 2' })
    expect(preview.ok && preview.summary.join(' ')).toContain('Accountable')
  })

  it('lists the problems instead when the draft does not validate', () => {
    const preview = previewPublish(newSectionDraft(taken), [builtinPack], 1)
    expect(preview.ok).toBe(false)
    expect(!preview.ok && preview.problems.map((p) => p.field)).toContain('section.title')
  })
})
