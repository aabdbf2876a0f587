import { describe, expect, it } from 'vitest'
import { copyFileName, screenshotFileName, shortHash, toHex } from './names'

describe('evidence names', () => {
  it('names a screenshot by its local capture time', () => {
    expect(screenshotFileName(new Date(2026, 10, 28, 9, 4, 5))).toBe(
      'Screenshot 2026-11-28 at 09.04.05.png',
    )
    expect(screenshotFileName(new Date(2026, 0, 2, 13, 0, 0), 'image/jpeg')).toMatch(/\.jpg$/)
  })

  it('saves links and snippets as text files and files under their own name', () => {
    expect(copyFileName({ kind: 'snippet', fileName: 'Rota policy' })).toBe('Rota policy.txt')
    expect(copyFileName({ kind: 'link', fileName: 'notes.TXT' })).toBe('notes.TXT')
    expect(copyFileName({ kind: 'file', fileName: 'rota.pdf' })).toBe('rota.pdf')
    expect(copyFileName({ kind: 'file', fileName: '  ' })).toBe('evidence')
  })

  it('shortens a hash and writes bytes as lower-case hex', () => {
    const hash = 'ab'.repeat(32)
    expect(shortHash(hash)).toBe('ababababab…ababab')
    expect(toHex(new Uint8Array([0, 15, 255]))).toBe('000fff')
  })
})
