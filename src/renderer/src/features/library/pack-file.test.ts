import { describe, expect, it } from 'vitest'
import { builtinPack, MAX_PACK_BYTES } from '@core/content'
import { parsePackFile } from './pack-file'

const encode = (text: string) => new TextEncoder().encode(text)

describe('parsePackFile', () => {
  it('reads a pack from UTF-8 bytes, with or without a byte-order mark', () => {
    const json = JSON.stringify({ ...builtinPack, id: 'copy' })
    expect(parsePackFile(encode(json)).ok).toBe(true)
    expect(parsePackFile(encode(`\uFEFF${json}`)).ok).toBe(true)
  })

  it('names the field and the problem', () => {
    const broken = structuredClone(builtinPack) as unknown as {
      sections: { checks: { questions: { outcomeId: string }[] }[] }[]
    }
    broken.sections[0]!.checks[1]!.questions[0]!.outcomeId = 'nowhere'
    const result = parsePackFile(encode(JSON.stringify(broken)))
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.errors[0]).toEqual({
        path: 'sections[0].checks[1].questions[0].outcomeId',
        message: expect.stringMatching(/^"nowhere" is not an outcome of this section/),
      })
  })

  it('refuses bytes that are not UTF-8', () => {
    const result = parsePackFile(Uint8Array.from([0x7b, 0xff, 0xfe, 0x7d]))
    expect(result).toEqual({
      ok: false,
      errors: [{ path: '', message: 'is not UTF-8 text; a content pack is a JSON file' }],
    })
  })

  it('refuses a file over the limit unread, naming its size as the open dialog would', () => {
    expect(parsePackFile(new Uint8Array(6 * 1024 * 1024))).toEqual({
      ok: false,
      errors: [{ path: '', message: 'is too large (6 MB); a content pack may be at most 5 MB' }],
    })
    expect(parsePackFile(new Uint8Array(MAX_PACK_BYTES + 1))).toEqual({
      ok: false,
      errors: [
        {
          path: '',
          message: 'is too large (5,242,881 bytes); a content pack may be at most 5 MB',
        },
      ],
    })
  })
})
