import { describe, expect, it } from 'vitest'
import { newSectionDraft } from '@core/authoring'
import type { DraftTarget } from '../../db/repositories/drafts'
import { createDraftAutosave, type SaveStatus } from './draft-autosave'

const draft = newSectionDraft({ sectionIds: new Set(), packIds: new Set() }, { title: 'Backups' })

function setUp(persist: (target: DraftTarget, text: string) => Promise<unknown>) {
  const statuses: SaveStatus[] = []
  const errors: unknown[] = []
  const autosave = createDraftAutosave('d1', persist, {
    onStatus: (status) => statuses.push(status),
    onError: (error) => errors.push(error),
    updateJournal: () => {},
  })
  return { autosave, statuses, errors }
}

describe('createDraftAutosave', () => {
  it('writes the whole draft as JSON to its section-draft target, saving then saved', async () => {
    const written: [DraftTarget, string][] = []
    const { autosave, statuses } = setUp(async (target, text) => {
      written.push([target, text])
    })
    autosave.save(draft)
    expect(statuses).toEqual(['saving'])
    await autosave.flush()
    expect(written).toEqual([[{ kind: 'section-draft', draftId: 'd1' }, JSON.stringify(draft)]])
    expect(statuses.at(-1)).toBe('saved')
  })

  it('says a write failed, and does not then claim it saved', async () => {
    const { autosave, statuses, errors } = setUp(() =>
      Promise.reject(new Error('This draft is no longer here')),
    )
    autosave.save(draft)
    await autosave.flush()
    expect(errors).toHaveLength(1)
    expect(statuses.at(-1)).toBe('failed')
  })
})
