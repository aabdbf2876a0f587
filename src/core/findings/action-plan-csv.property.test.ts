import fc from 'fast-check'
import { expect, it } from 'vitest'
import { hostileReportInput } from '../report/test-support/hostile-input'
import { isXmlChar } from '../report/test-support/xml-chars-check'
import { HOSTILE_SEED, hostileText, takeFrom } from '../test-support/hostile-text'
import { ACTION_PLAN_COLUMNS, actionPlanRow, toActionPlanCsv } from './action-plan-csv'
import { parseCsv } from './test-support/parse-csv'

/**
 * The action plan of an audit whose every text field is hostile (the report's property test's
 * generator and audit) is valid UTF-8, reads back through a strict RFC 4180 reader as one row
 * per finding, and each cell is what was typed less only what no document holds (the characters
 * XML cannot hold, as in the report), with line breaks as LF and formulas made inert.
 */
it('reads back field for field, whatever the findings’ text', () => {
  fc.assert(
    fc.property(fc.infiniteStream(hostileText), (texts) => {
      const { findings } = hostileReportInput(takeFrom(texts))
      const bytes = new TextEncoder().encode(toActionPlanCsv(findings, 'client'))
      const file = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
      expect(file.startsWith('\uFEFF')).toBe(true)
      const [header, ...rows] = parseCsv(file.slice(1))
      expect(header).toEqual([...ACTION_PLAN_COLUMNS])
      expect(rows).toEqual(findings.map((f) => actionPlanRow(f).map(asSpreadsheetReadsIt)))
    }),
    { seed: HOSTILE_SEED, numRuns: 60 },
  )
})

/** A cell as the CSV promises it: XML characters only, LF breaks, a formula made text. */
function asSpreadsheetReadsIt(value: string): string {
  const kept = [...value].filter((c) => isXmlChar(c.codePointAt(0)!)).join('')
  const text = kept.replace(/\r\n?/g, '\n')
  return /^[=+\-@\t]/.test(text) ? `'${text}` : text
}
