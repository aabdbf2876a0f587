import { describe, expect, it } from 'vitest'
import { builtinPack } from '@core/content'
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
})
