import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { ReportMedia, ReportModel } from '../model'
import { checkDocxStructure } from '../test-support/docx-structure'
import { PACKED_AT, sampleModel, TINY_PNG } from '../test-support/sample-model'
import { IMAGES_READ_AHEAD, writeReport } from './pack-docx'

/** The sample report with `count` evidence images of its own. */
function modelWithImages(count: number): ReportModel {
  const model = sampleModel()
  for (let i = 0; i < count; i++) {
    model.media.push({ id: `shot-${i}`, type: 'png', width: 800, height: 600, altText: `${i}` })
    model.body.push({ kind: 'image', mediaId: `shot-${i}`, caption: `Figure ${i + 2}.` })
  }
  return model
}

describe('writeReport', () => {
  it('streams a package that reads back whole, each image a few reads ahead of the writing', async () => {
    const model = modelWithImages(30)
    const chunks: Uint8Array[] = []
    const asked: string[] = []
    let written = 0
    let mostAheadOfSink = 0
    const evidenceAsked = () => asked.filter((id) => id.startsWith('shot-')).length
    const resolve = (media: ReportMedia) => {
      asked.push(media.id)
      return TINY_PNG
    }
    await writeReport(
      model,
      resolve,
      async (chunk) => {
        chunks.push(chunk.slice())
        written += chunk.length
      },
      {
        now: PACKED_AT,
        onProgress: (done) => {
          mostAheadOfSink = Math.max(mostAheadOfSink, evidenceAsked() + 1 - done)
        },
      },
    )

    const bytes = new Uint8Array(written)
    let at = 0
    for (const chunk of chunks) {
      bytes.set(chunk, at)
      at += chunk.length
    }
    expect(checkDocxStructure(bytes)).toEqual([])
    const media = Object.keys(unzipSync(bytes)).filter((p) => p.startsWith('word/media/'))
    expect(media).toHaveLength(32)
    // Never every image at once: at most the read-ahead window (and the logo) past the last written.
    expect(mostAheadOfSink).toBeLessThanOrEqual(IMAGES_READ_AHEAD + 2)
    expect(new Set(asked).size).toBe(asked.length) // each read once
  })

  it('stops at the first image that cannot be read, with its reason', async () => {
    const model = modelWithImages(10)
    const resolve = (media: ReportMedia) => {
      if (media.id === 'shot-3') throw new Error('An image of the evidence is missing (shot-3).')
      return TINY_PNG
    }
    await expect(
      writeReport(model, resolve, async () => undefined, { now: PACKED_AT }),
    ).rejects.toThrow('missing (shot-3)')
  })
})
