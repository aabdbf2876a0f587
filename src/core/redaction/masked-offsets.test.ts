import { describe, expect, it } from 'vitest'
import { maskText } from './mask-text'
import { toSourceRange } from './masked-offsets'

describe('toSourceRange', () => {
  const source = 'user=admin pass=hunter2 token=abcdefghijklmnopqrstuvwxyz0123 end'
  const first = { start: source.indexOf('hunter2'), end: source.indexOf('hunter2') + 7 }
  const { text: shown, edits } = maskText(source, [first])

  it('is the identity with nothing masked', () => {
    expect(toSourceRange({ start: 3, end: 9 }, [])).toEqual({ start: 3, end: 9 })
  })

  it('maps a selection after a mask back to the source', () => {
    const at = shown.indexOf('abcdef')
    const range = toSourceRange({ start: at, end: at + 32 }, edits)
    expect(source.slice(range.start, range.end)).toBe('abcdefghijklmnopqrstuvwxyz0123 e')
  })

  it('a selection before a mask is unchanged', () => {
    expect(toSourceRange({ start: 0, end: 4 }, edits)).toEqual({ start: 0, end: 4 })
  })

  it('a selection reaching into a mask takes in the whole masked passage', () => {
    const at = shown.indexOf('pass=')
    const range = toSourceRange({ start: at, end: at + 7 }, edits)
    expect(source.slice(range.start, range.end)).toBe('pass=hunter2')
  })

  it('masking the mapped selection gives the text the consultant meant', () => {
    const at = shown.indexOf('abcdef')
    const second = toSourceRange({ start: at, end: at + 30 }, edits)
    expect(maskText(source, [first, second]).text).toBe(
      `user=admin pass=${'█'.repeat(8)} token=${'█'.repeat(32)} end`,
    )
  })
})
