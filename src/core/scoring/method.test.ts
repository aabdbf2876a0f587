import { describe, expect, it } from 'vitest'
import { describeScoringMethod, scoringMethodText } from './method'
import { contentOf, makeSection, scoped } from './test-support/fixtures'

const section = makeSection(['owned'], [{ id: 'a', outcome: 'owned' }])

describe('describeScoringMethod', () => {
  it("states the values, the audit's threshold and every rule", () => {
    const text = scoringMethodText(contentOf(scoped(section, 0.75)))
    expect(text).toContain('Met counts 1, Partially met 0.5 and Not met 0')
    expect(text).toContain('the achievement threshold of 75%')
    for (const term of [
      'Outcome score',
      'Achieved',
      'Maturity level',
      'Section score',
      'Coverage',
      'What blocks the next level',
    ]) {
      expect(text).toContain(`• ${term}:`)
    }
    expect(text).toMatch(/all rated Not applicable\s+is not applicable/)
    expect(text).toMatch(/does not hold\s+the maturity level back/)
  })

  it('names each threshold when the sections come from packs that differ', () => {
    const content = contentOf(scoped(section, 0.8), scoped({ ...section, id: 'b' }, 0.7))
    const [, list] = describeScoringMethod(content)
    expect(list?.kind === 'list' && list.items[1]?.text).toContain('(70% or 80%)')
  })
})
