import { describe, expect, it } from 'vitest'
import { fieldAndContainers, fieldDomId } from './field-ids'

describe('field ids', () => {
  it('turns a problem path into an id a DOM element can carry', () => {
    expect(fieldDomId('section.checks.1.questions.3.outcomeId')).toBe(
      'draft-section-checks-1-questions-3-outcomeId',
    )
  })

  it('lists the field and then each item holding it, nearest first', () => {
    expect(fieldAndContainers('section.checks.1.questions.3.outcomeId')).toEqual([
      'section.checks.1.questions.3.outcomeId',
      'section.checks.1.questions.3',
      'section.checks.1.questions',
      'section.checks.1',
      'section.checks',
      'section',
    ])
  })
})
