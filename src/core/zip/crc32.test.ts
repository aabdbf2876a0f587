import { strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { crc32 } from './crc32'

/** The textbook byte-at-a-time CRC-32, to check the fast one against. */
function reference(bytes: Uint8Array): number {
  let c = -1
  for (const byte of bytes) {
    c ^= byte
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  }
  return (c ^ -1) >>> 0
}

describe('crc32', () => {
  it('gives the standard check value', () => {
    expect(crc32(strToU8('123456789'))).toBe(0xcbf43926)
    expect(crc32(new Uint8Array(0))).toBe(0)
  })

  it('agrees with the textbook CRC at every length around its 8-byte steps', () => {
    const bytes = Uint8Array.from({ length: 1_000 }, (_, i) => (i * 2654435761) >>> 24)
    for (const length of [1, 7, 8, 9, 15, 16, 17, 999])
      expect(crc32(bytes.subarray(1, 1 + length))).toBe(reference(bytes.subarray(1, 1 + length)))
  })

  it('matches the CRC fflate writes into a zip', () => {
    const bytes = Uint8Array.from({ length: 4_096 }, (_, i) => (i * 31) & 0xff)
    const zip = zipSync({ x: [bytes, { level: 0 }] })
    // The one directory record (46 bytes and the name) sits before the 22-byte end record.
    const crcInDirectory = new DataView(zip.buffer).getUint32(zip.length - 22 - 47 + 16, true)
    expect(crc32(bytes)).toBe(crcInDirectory)
    expect(unzipSync(zip).x).toEqual(bytes)
  })
})
