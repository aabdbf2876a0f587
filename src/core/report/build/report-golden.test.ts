import { strFromU8, unzipSync } from 'fflate'
import { expect, it } from 'vitest'
import { packReport } from '../docx/pack-docx'
import { fixtureInput } from '../test-support/fixture-audit'
import { normalizeDocumentXml } from '../test-support/normalize-xml'
import { PACKED_AT, TINY_PNG } from '../test-support/sample-model'
import { buildReportModel } from './build-report-model'

// A change to the report's words or Word structure shows here as a diff to review; accept it
// with `npx vitest run -u` once it is what the client should get.
it('writes the same document.xml for the same audit', async () => {
  const bytes = await packReport(buildReportModel(fixtureInput()), () => TINY_PNG, {
    now: PACKED_AT,
  })
  const xml = normalizeDocumentXml(strFromU8(unzipSync(bytes)['word/document.xml']!))
  await expect(xml).toMatchFileSnapshot('./__snapshots__/document.xml')
})
