import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { buildReportModel } from '../build/build-report-model'
import { fixtureAudit, fixtureInput } from '../test-support/fixture-audit'
import { PACKED_AT, TINY_PNG } from '../test-support/sample-model'
import { checkDocxStructure } from '../test-support/docx-structure'
import { packReport } from './pack-docx'

/**
 * The fields docx's own parts carry (core properties, header, footer, the chart) are as open to
 * what a user types as the body is: one noncharacter in the client's name made docProps/core.xml
 * and the header ill formed, and Word and LibreOffice refused the whole file.
 */
describe('a report whose cover fields hold characters XML cannot hold', () => {
  const hostile = (text: string) => `${text}\uFFFE\uFFFF\u0001\u001B\ud800 end`
  const input = fixtureInput({
    audit: {
      ...fixtureAudit,
      client: hostile('Northwind'),
      system: hostile('Payments'),
      firm: hostile('Ruiz'),
      auditors: [hostile('Ana'), hostile('Tom')],
    },
    options: { ...fixtureInput().options, title: hostile('Audit'), marking: hostile('Secret') },
  })

  it('still makes a package every part of which is well-formed XML', async () => {
    const bytes = await packReport(buildReportModel(input), () => TINY_PNG, { now: PACKED_AT })
    expect(checkDocxStructure(bytes)).toEqual([])
  })

  it('keeps the text around what was dropped, in the properties and the header', async () => {
    const parts = unzipSync(
      await packReport(buildReportModel(input), () => TINY_PNG, { now: PACKED_AT }),
    )
    const core = strFromU8(parts['docProps/core.xml']!)
    expect(core).toContain('<dc:title>Audit end</dc:title>')
    expect(core).toContain('Ruiz end')
    const header = strFromU8(parts['word/header1.xml']!)
    expect(header).toContain('Northwind end · Payments end')
    expect(header).toContain('Secret end')
  })
})
