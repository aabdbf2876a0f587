import { describe, expect, it } from 'vitest'
import { describePasswordKept } from './password-kept'

describe('describePasswordKept', () => {
  it('says the keychain keeps it, or how long it lasts without one', () => {
    expect(describePasswordKept('keychain', 'electron')).toBe(
      'Your password is kept in this computer’s keychain.',
    )
    expect(describePasswordKept('session', 'electron')).toMatch(
      /no keychain .* kept only until you quit the app/,
    )
    expect(describePasswordKept('session', 'browser')).toBe(
      'Your password is kept only while this tab is open.',
    )
  })
})
