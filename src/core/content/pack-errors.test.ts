import { describe, expect, it } from 'vitest'
import { formatPackErrors, SHOWN_PACK_ERRORS } from './pack-errors'
import { formatPackPath } from './pack-rules'

describe('formatPackPath', () => {
  it.each([
    [[], ''],
    [['title'], 'title'],
    [
      ['sections', 0, 'checks', 1, 'questions', 2, 'outcomeId'],
      'sections[0].checks[1].questions[2].outcomeId',
    ],
    [['sections', 0, 'my field'], 'sections[0]["my field"]'],
    [[3], '[3]'],
  ])('%j reads as %s', (path, expected) => {
    expect(formatPackPath(path)).toBe(expected)
  })
})

describe('formatPackErrors', () => {
  it('names the field and the problem', () => {
    expect(
      formatPackErrors([
        { path: 'sections[0].title', message: 'must not be empty' },
        { path: 'formatVersion', message: 'must be 1' },
      ]),
    ).toBe(
      'The file is not a valid content pack: sections[0].title must not be empty; formatVersion must be 1.',
    )
  })

  it('speaks of the file itself when the error has no path', () => {
    expect(
      formatPackErrors([{ path: '', message: 'is empty; a content pack is a JSON object' }]),
    ).toBe(
      'The file is not a valid content pack: the file is empty; a content pack is a JSON object.',
    )
  })

  it(`shows at most ${SHOWN_PACK_ERRORS} errors and counts the rest`, () => {
    const errors = Array.from({ length: 13 }, (_, i) => ({
      path: `sections[${i}].title`,
      message: 'is required',
    }))
    const text = formatPackErrors(errors)
    expect(text.match(/is required/g)).toHaveLength(SHOWN_PACK_ERRORS)
    expect(text).toMatch(/sections\[9\]\.title is required; and 3 more\.$/)
  })

  it('says so when there is nothing wrong', () => {
    expect(formatPackErrors([])).toBe('The file is a valid content pack.')
  })
})
