import { describe, expect, it } from 'vitest'
import { DEFAULT_EVIDENCE_SIZE_LIMIT } from './model'
import { evidenceSizeProblem, formatByteSize } from './limits'

describe('evidence sizes', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [1023, '1023 bytes'],
    [1536, '1.5 KB'],
    [2 * 1024 * 1024, '2 MB'],
    [DEFAULT_EVIDENCE_SIZE_LIMIT, '250 MB'],
    [3.25 * 1024 ** 3, '3.3 GB'],
  ])('formats %d bytes as %s', (bytes, text) => {
    expect(formatByteSize(bytes)).toBe(text)
  })

  it('refuses an empty file and one over the limit, and accepts one at the limit', () => {
    expect(evidenceSizeProblem('a.png', 0, 100)).toMatch(/“a.png” is empty/)
    expect(evidenceSizeProblem('big.mov', 2 * 1024 * 1024, 1024 * 1024)).toBe(
      '“big.mov” is 2 MB, over the 1 MB limit for one evidence file. Nothing was added. You can raise the limit in Settings.',
    )
    expect(evidenceSizeProblem('ok.pdf', 100, 100)).toBeUndefined()
  })
})
