import { describe, expect, it } from 'vitest'
import { builtinPack } from '../content/builtin'
import { editDraft } from './edits'
import type { DraftEdit } from './edit-types'
import { publishSection } from './publish'
import type { PublishedVersion } from './publish'
import { draftFromPack, duplicateAsCustom, takenIdsIn } from './section-draft'
import type { SectionDraft } from './section-draft'
import { nextVersion, versionLabel } from './versions'

const NOW = 1_700_000_000_000
const custom = duplicateAsCustom(builtinPack.sections[0]!, takenIdsIn([builtinPack]))

function published(draft: SectionDraft, previous?: PublishedVersion): PublishedVersion {
  const result = publishSection(draft, previous?.pack, NOW)
  if (!result.ok) throw new Error(result.reason)
  return result.published
}

const v1 = published(custom)
const nextDraft = (...edits: DraftEdit[]) =>
  edits.reduce(editDraft, draftFromPack(v1.pack, custom.section.id)!)

describe('publishing a section', () => {
  it('makes version 1 of a new pack, frozen, with what it holds', () => {
    expect(v1.pack).toMatchObject({ id: custom.packId, version: '1.0.0' })
    expect(v1.publishedAt).toBe(NOW)
    expect(v1.summary).toEqual(['first version: 5 outcomes, 3 checks, 9 questions'])
    expect(Object.isFrozen(v1.pack.sections[0]!.checks[0]!.questions[0])).toBe(true)
    expect(() => {
      ;(v1.pack.sections[0]!.checks[0]! as { title: string }).title = 'x'
    }).toThrow()
  })

  it('numbers each publish as the next major version', () => {
    expect(nextVersion()).toBe('1.0.0')
    expect(nextVersion('2.0.0')).toBe('3.0.0')
    expect(nextVersion('1.3.2')).toBe('2.0.0')
    expect(versionLabel('2.0.0')).toBe('version 2')
    expect(versionLabel('1.3.2')).toBe('version 1.3.2')
  })

  it('summarises a rewording as reworded, not removed and added', () => {
    const v2 = published(
      nextDraft({
        kind: 'setQuestionText',
        questionId: 'who-gets-paged',
        field: 'guidance',
        value: 'A rotation means nobody is on call forever.',
      }),
      v1,
    )
    expect(v2.pack.version).toBe('2.0.0')
    expect(v2.summary).toEqual(['1 question reworded'])
    expect(v2.changes?.section.questions.reworded.map((q) => q.id)).toEqual(['who-gets-paged'])
    expect(v2.changes?.section.questions.added).toEqual([])
  })

  it('summarises questions added, removed, reworded and moved, and outcome and check changes', () => {
    const v2 = published(
      nextDraft(
        {
          kind: 'addQuestion',
          checkId: 'post-mortems',
          prompt: 'Who reads them?',
          guidance: 'Reach.',
          outcomeId: 'learning',
        },
        {
          kind: 'addQuestion',
          checkId: 'post-mortems',
          prompt: 'Are they shared?',
          guidance: 'Reach.',
          outcomeId: 'learning',
        },
        { kind: 'removeQuestion', questionId: 'runbook-freshness' },
        {
          kind: 'setQuestionText',
          questionId: 'who-gets-paged',
          field: 'prompt',
          value: 'Who is on call tonight?',
        },
        { kind: 'moveQuestion', questionId: 'escalation-path', toCheckId: 'runbooks', to: 0 },
        { kind: 'setOutcomeText', outcomeId: 'runbooked', field: 'name', value: 'Documented' },
        { kind: 'setCheckText', checkId: 'runbooks', field: 'title', value: 'Playbooks' },
        { kind: 'setSectionText', field: 'summary', value: 'How incidents are handled' },
        { kind: 'setThreshold', value: 0.8 },
      ),
      v1,
    )
    expect(v2.summary).toEqual([
      '2 questions added, 1 removed, 1 reworded, 1 moved to another check',
      "outcome 'Runbooked' renamed to 'Documented'",
      "check 'Runbooks & Playbooks' renamed to 'Playbooks'",
      'also changed: the summary',
      'achievement threshold 75% → 80%',
    ])
    expect(v2.changes?.section.outcomes.renamed).toEqual([
      { id: 'runbooked', from: 'Runbooked', to: 'Documented' },
    ])
  })

  it('reports outcomes and checks added, removed and reordered', () => {
    const v2 = published(
      nextDraft(
        { kind: 'addOutcome', name: 'Rehearsed', description: 'Drills happen.' },
        { kind: 'addCheck', title: 'Drills', intro: 'Practice.' },
        {
          kind: 'addQuestion',
          checkId: 'drills',
          prompt: 'When was the last drill?',
          guidance: 'Practice.',
          outcomeId: 'rehearsed',
        },
        { kind: 'moveCheck', checkId: 'post-mortems', to: 0 },
      ),
      v1,
    )
    expect(v2.summary).toEqual([
      '1 question added',
      "outcome 'Rehearsed' added",
      "check 'Drills' added",
      'checks reordered',
    ])
  })

  it('refuses a draft with problems, saying how many, and a draft with no change', () => {
    const broken = publishSection(
      nextDraft({ kind: 'removeOutcome', outcomeId: 'learning' }),
      v1.pack,
      NOW,
    )
    expect(broken).toMatchObject({ ok: false, reason: 'Fix 1 problem before publishing.' })
    expect(!broken.ok && broken.problems).toHaveLength(1)
    expect(publishSection(nextDraft(), v1.pack, NOW)).toMatchObject({
      ok: false,
      reason: 'Nothing has changed since version 1.',
    })
    expect(publishSection(custom, builtinPack, NOW)).toMatchObject({ ok: false })
  })

  it('leaves the other sections of a multi-section pack as they were', () => {
    const other = { ...builtinPack.sections[0]!, id: 'other' }
    const pack = { ...v1.pack, sections: [other, v1.pack.sections[0]!] }
    const v2 = publishSection(nextDraft({ kind: 'setSectionNumber', value: 36 }), pack, NOW)
    expect(v2.ok && v2.published.pack.sections.map((s) => [s.id, s.number])).toEqual([
      ['other', 35],
      [custom.section.id, 36],
    ])
  })
})
