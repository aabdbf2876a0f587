import { describe, expect, it } from 'vitest'
import { builtinPack } from '../content/builtin'
import { parseContentPack } from '../content/validate-pack'
import {
  DEFAULT_ACHIEVEMENT_THRESHOLD,
  draftFromPack,
  duplicateAsCustom,
  newSectionDraft,
  packOfDraft,
  takenIdsIn,
} from './section-draft'

const builtin = builtinPack.sections[0]!
const taken = takenIdsIn([builtinPack])

describe('new and duplicated section drafts', () => {
  it('starts a blank section with the pack default threshold and a free id', () => {
    const draft = newSectionDraft(taken, { title: 'Release Management', number: 36 })
    expect(draft.section).toMatchObject({ id: 'release-management', number: 36, checks: [] })
    expect(draft.achievementThreshold).toBe(DEFAULT_ACHIEVEMENT_THRESHOLD)
    expect(draft.achievementThreshold).toBe(0.75)
    expect(taken.packIds.has(draft.packId)).toBe(false)
    expect(newSectionDraft(takenIdsIn([], [newSectionDraft(taken)])).section.id).toBe('section-2')
  })

  it('duplicates the built-in Section 35 under a new id, keeping every question', () => {
    const copy = duplicateAsCustom(builtin, taken)
    expect(copy.section.id).toBe('incident-response-2')
    expect(copy.packId).toBe('custom-incident-response-2')
    expect(copy.section.title).toBe('Incident Response')
    expect(copy.section.checks.flatMap((c) => c.questions.map((q) => q.id))).toEqual(
      builtin.checks.flatMap((c) => c.questions.map((q) => q.id)),
    )
    // A copy, not a view: editing it leaves the built-in pack as it was.
    copy.section.checks[0]!.title = 'Changed'
    expect(builtin.checks[0]!.title).toBe('On-call & Escalation')
    const published = parseContentPack(packOfDraft(copy, '1.0.0'))
    expect(published.ok).toBe(true)
  })

  it('gives fresh ids where the source repeats one', () => {
    const [first, second] = builtin.checks
    const clashing = {
      ...builtin,
      checks: [
        first!,
        {
          ...second!,
          id: first!.id,
          questions: [{ ...second!.questions[0]!, id: first!.questions[0]!.id }],
        },
      ],
    }
    const copy = duplicateAsCustom(clashing, taken)
    expect(copy.section.checks.map((c) => c.id)).toEqual([
      'on-call-escalation',
      'on-call-escalation-2',
    ])
    expect(copy.section.checks[1]!.questions[0]!.id).toBe('who-gets-paged-2')
  })

  it('drafts a section of a published pack, and publishes it back in place', () => {
    const draft = draftFromPack(builtinPack, 'incident-response')!
    expect(draft.packId).toBe(builtinPack.id)
    expect(draftFromPack(builtinPack, 'nope')).toBeUndefined()
    const pack = packOfDraft(draft, '2.0.0', builtinPack)
    expect(pack.sections).toHaveLength(1)
    expect(pack.title).toBe(builtinPack.title)
    expect(pack.version).toBe('2.0.0')
  })
})
