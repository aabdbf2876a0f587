import { describe, expect, it } from 'vitest'
import { DEFAULT_EVIDENCE_SIZE_LIMIT } from './model'
import { evidenceSizeProblem } from './limits'

describe('evidenceSizeProblem', () => {
  it('refuses an empty file and one over the limit, and accepts one at the limit', () => {
    expect(evidenceSizeProblem('a.png', 0, 100)).toMatch(/“a.png” is empty/)
    expect(evidenceSizeProblem('big.mov', 2 * 1024 * 1024, 1024 * 1024)).toBe(
      '“big.mov” is 2 MB, over the 1 MB limit for one evidence file. Nothing was added. You can raise the limit in Settings.',
    )
    expect(evidenceSizeProblem('ok.pdf', 100, 100)).toBeUndefined()
  })

  it('names a file just over the limit in exact bytes, not as the limit itself', () => {
    expect(
      evidenceSizeProblem('edge.mov', DEFAULT_EVIDENCE_SIZE_LIMIT + 1, DEFAULT_EVIDENCE_SIZE_LIMIT),
    ).toMatch(/^“edge.mov” is 262,144,001 bytes, over the 250 MB limit/)
  })
})
