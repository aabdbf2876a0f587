import { expect, it } from 'vitest'
import { pdfTextOfDocx } from '../../../../e2e/support/libreoffice'
import { buildReportModel } from '../build/build-report-model'
import { fixtureInput } from '../test-support/fixture-audit'
import { PACKED_AT, TINY_PNG } from '../test-support/sample-model'
import { packReport } from './pack-docx'

/** A real consumer reads the report: the PDF LibreOffice makes of it holds what the client must find. */
it('converts to PDF in LibreOffice with the sections and findings in its text', async () => {
  const input = fixtureInput()
  const text = await pdfTextOfDocx(
    await packReport(buildReportModel(input), () => TINY_PNG, { now: PACKED_AT }),
  )

  expect(text).toContain('Section 35 · Incident Response')
  expect(text).toContain('Findings and action plan')
  for (const finding of input.findings) expect(text).toContain(finding.id)
  expect(text).toContain('Evidence appendix')
}, 180_000)
