import { describe, expect, it } from 'vitest'
import { takenIdsIn, type SectionDraft } from '../authoring'
import { builtinPack, type ContentPack } from '../content'
import { draftsFromWorkbook } from './workbook-drafts'

const section35 = builtinPack.sections[0]!

/** A custom pack with Section 35's content under its own ids. */
const customPack = (version = '1.0.0'): ContentPack => ({
  ...builtinPack,
  id: 'acme-bank',
  version,
  achievementThreshold: 0.6,
  sections: [{ ...section35, id: 'acme-incidents', title: 'Acme incidents' }],
})

describe('a workbook’s pack as section drafts', () => {
  it('makes a new pack when the workbook’s is not installed, under its own ids when free', () => {
    const result = draftsFromWorkbook(customPack(), {
      taken: takenIdsIn([builtinPack]),
      openDrafts: [],
    })
    expect(result).toEqual({
      ok: true,
      drafts: [
        {
          packId: 'acme-bank',
          section: customPack().sections[0],
          achievementThreshold: 0.6,
          removedOutcomes: {},
        },
      ],
    })
  })

  it('never edits the built-in pack: its sections come back as a new pack with fresh ids', () => {
    const result = draftsFromWorkbook(builtinPack, {
      taken: takenIdsIn([builtinPack]),
      openDrafts: [],
    })
    if (!result.ok) throw new Error(result.message)
    const [draft] = result.drafts
    expect(draft!.packId).not.toBe(builtinPack.id)
    expect(draft!.section.id).not.toBe(section35.id)
    expect({ ...draft!.section, id: section35.id }).toEqual(section35)
    expect(result.baseVersion).toBeUndefined()
  })

  it('edits an installed pack’s sections into its next version, adding new ones under free ids', () => {
    const installed = customPack('2.0.0')
    const workbook: ContentPack = {
      ...customPack(),
      sections: [{ ...installed.sections[0]!, title: 'Acme incidents, revised' }, { ...section35 }],
    }
    const result = draftsFromWorkbook(workbook, {
      installed,
      taken: takenIdsIn([builtinPack, installed]),
      openDrafts: [],
    })
    if (!result.ok) throw new Error(result.message)
    expect(result.baseVersion).toBe('2.0.0')
    expect(result.drafts.map((d) => [d.packId, d.section.id, d.section.title])).toEqual([
      ['acme-bank', 'acme-incidents', 'Acme incidents, revised'],
      ['acme-bank', `${section35.id}-2`, section35.title],
    ])
  })

  it('refuses when a section it would edit already has a draft open, creating nothing', () => {
    const installed = customPack()
    const open: SectionDraft = {
      packId: installed.id,
      section: installed.sections[0]!,
      achievementThreshold: 0.6,
      removedOutcomes: {},
    }
    const result = draftsFromWorkbook(customPack(), {
      installed,
      taken: takenIdsIn([builtinPack, installed], [open]),
      openDrafts: [open],
    })
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^“Acme incidents” already has a draft open.*Nothing was created\.$/,
      ),
    })
  })
})
