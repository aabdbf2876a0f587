import { describe, expect, it } from 'vitest'
import { questionsOfSection } from '../../content/lookup'
import { customSection35, publishedVersions } from './published-versions'

describe('publishedVersions', () => {
  it('publishes version 1 as it is, then each list of edits on the version before', () => {
    const [v1, v2, v3] = publishedVersions(
      [{ kind: 'removeQuestion', questionId: 'escalation-path' }],
      [{ kind: 'removeQuestion', questionId: 'emergency-contacts' }],
    )
    const ids = (pack: typeof v1) =>
      questionsOfSection(pack!.sections[0]!).map((r) => r.question.id)
    expect([v1, v2, v3].map((p) => p!.version)).toEqual(['1.0.0', '2.0.0', '3.0.0'])
    expect(v1!.id).toBe(customSection35.packId)
    expect(ids(v1)).toContain('escalation-path')
    expect(ids(v2)).not.toContain('escalation-path')
    expect(ids(v3)).not.toContain('escalation-path')
    expect(ids(v3)).not.toContain('emergency-contacts')
    expect(ids(v3)).toHaveLength(ids(v1).length - 2)
  })

  it('refuses a version the rules would not publish', () => {
    expect(() =>
      publishedVersions([{ kind: 'setSectionText', field: 'title', value: '' }]),
    ).toThrow()
  })
})
