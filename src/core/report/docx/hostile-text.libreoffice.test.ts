import fc from 'fast-check'
import { expect, it } from 'vitest'
import { pdfTextOfDocx } from '../../../../e2e/support/libreoffice'
import { HOSTILE_SEED, hostileText, takeFrom } from '../../test-support/hostile-text'
import { buildReportModel } from '../build/build-report-model'
import type { ReportInput } from '../build/input'
import { hostileReportInput } from '../test-support/hostile-input'
import { PACKED_AT, TINY_PNG } from '../test-support/sample-model'
import { packReport } from './pack-docx'

/**
 * A few of the property test's reports go through a real consumer: LibreOffice must open each
 * one whole and print every chapter. Each conversion takes seconds, so only two: the first of
 * the seeded cases whose cover fields hold U+FFFE, which docx writes into the core properties
 * and the header (LibreOffice refused such a file outright: it tolerates U+FFFF and controls,
 * so only this case shows it), and the first of all.
 */
const inputs = fc
  .sample(fc.infiniteStream(hostileText), { seed: HOSTILE_SEED, numRuns: 30 })
  .map((texts) => hostileReportInput(takeFrom(texts)))
const nonCharacterOnCover = inputs.find((input) => coverText(input).includes('\uFFFE'))

function coverText({ audit, options }: ReportInput): string {
  return [
    audit.client,
    audit.system,
    audit.firm,
    ...audit.auditors,
    options.title,
    options.marking,
  ].join('')
}

it.each([
  ['with U+FFFE on its cover', nonCharacterOnCover],
  ['the first of the seeded cases', inputs[0]],
])(
  'LibreOffice opens a hostile report (%s) and prints all of it',
  async (_, input) => {
    expect(input).toBeDefined()
    const text = await pdfTextOfDocx(
      await packReport(buildReportModel(input!), () => TINY_PNG, { now: PACKED_AT }),
    )
    for (const heading of ['Executive summary', 'Findings and action plan', 'Evidence appendix'])
      expect(text).toContain(heading)
    expect(text).toMatch(/Page 2 of \d+/) // the footer, a part docx writes, is there
  },
  180_000,
)
