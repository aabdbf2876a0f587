import { describe, expect, it } from 'vitest'
import { formatByteSize, formatOversize } from './byte-size'

const KB = 1024
const MB = 1024 * KB
const GB = 1024 * MB

describe('formatByteSize', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [1023, '1023 bytes'],
    [1024, '1 KB'],
    [1536, '1.5 KB'],
    [2048, '2 KB'],
    [99.94 * KB, '99.9 KB'],
    [99.96 * KB, '100 KB'],
    [300 * KB, '300 KB'],
    [1.25 * MB, '1.3 MB'],
    [2 * MB, '2 MB'],
    [12.34 * MB, '12.3 MB'],
    [40 * MB, '40 MB'],
    [250 * MB, '250 MB'],
    [3.25 * GB, '3.3 GB'],
    [2048 * GB, '2048 GB'],
  ])('writes %d bytes as %s', (bytes, text) => {
    expect(formatByteSize(bytes)).toBe(text)
  })

  it('moves to the next unit where rounding would reach 1024', () => {
    expect(formatByteSize(MB - 1)).toBe('1 MB')
    expect(formatByteSize(1023.4 * KB)).toBe('1023 KB')
    expect(formatByteSize(GB - 1)).toBe('1 GB')
  })
})

describe('formatOversize', () => {
  it('writes a size as formatByteSize does when it reads differently from the limit', () => {
    expect(formatOversize(2 * MB, MB)).toBe('2 MB')
    expect(formatOversize(1.5 * GB, GB)).toBe('1.5 GB')
  })

  it('writes exact bytes where rounding would make the size read as the limit', () => {
    expect(formatOversize(5 * MB + 1, 5 * MB)).toBe('5,242,881 bytes')
    expect(formatOversize(GB + 1, GB)).toBe('1,073,741,825 bytes')
  })
})
