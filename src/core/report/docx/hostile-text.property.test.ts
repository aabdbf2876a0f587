import fc from 'fast-check'
import { strFromU8, unzipSync } from 'fflate'
import { expect, it } from 'vitest'
import { HOSTILE_SEED, hostileText, takeFrom } from '../../test-support/hostile-text'
import { buildReportModel } from '../build/build-report-model'
import { checkDocxStructure } from '../test-support/docx-structure'
import { hostileReportInput } from '../test-support/hostile-input'
import { PACKED_AT, TINY_PNG } from '../test-support/sample-model'
import { isXmlChar } from '../test-support/xml-chars-check'
import { packReport } from './pack-docx'

/**
 * Whatever a user typed into any field, every part of the report (docx's and ours, the chart's
 * embedded workbook included) is well-formed XML, and the text is kept less only the characters
 * XML cannot hold. A fixed seed and a fixed number of runs: the same cases every time.
 */
it('writes well-formed XML in every part of the report, whatever the audit’s text', async () => {
  await fc.assert(
    fc.asyncProperty(fc.infiniteStream(hostileText), async (texts) => {
      const input = hostileReportInput(takeFrom(texts))
      const bytes = await packReport(buildReportModel(input), () => TINY_PNG, { now: PACKED_AT })
      expect(checkDocxStructure(bytes)).toEqual([])

      const core = strFromU8(unzipSync(bytes)['docProps/core.xml']!)
      const title = /<dc:title>([^<]*)<\/dc:title>/.exec(core)?.[1] ?? ''
      expect(decodeXmlText(title)).toBe(xmlCharsOf(input.options.title))
    }),
    { seed: HOSTILE_SEED, numRuns: 40 },
  )
}, 120_000)

/** The characters of a string XML can hold, decided code point by code point. */
function xmlCharsOf(text: string): string {
  return [...text].filter((c) => isXmlChar(c.codePointAt(0)!)).join('')
}

function decodeXmlText(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ENTITIES[name]!)
}
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' }
