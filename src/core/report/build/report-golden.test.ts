import { strFromU8, unzipSync } from 'fflate'
import { expect, it } from 'vitest'
import { packReport } from '../docx/pack-docx'
import { fixtureInput } from '../test-support/fixture-audit'
import { fixtureNarrative } from '../test-support/fixture-narrative'
import { normalizeDocumentXml } from '../test-support/normalize-xml'
import { PACKED_AT, TINY_PNG } from '../test-support/sample-model'
import { wordTemplateBytes } from '../test-support/word-template'
import { readWordTemplate } from '../docx/template'
import { checkDocxStructure } from '../test-support/docx-structure'
import { buildReportModel } from './build-report-model'

// A change to the report's words or Word structure shows here as a diff to review; accept it
// with `npx vitest run -u` once it is what the client should get.
// The audit has every part of the narrative written, so its lists and links are covered too.
it('writes the same document.xml for the same audit', async () => {
  const input = fixtureInput()
  const narrative = fixtureNarrative(input.content.sections[0]!.section.id)
  const bytes = await packReport(buildReportModel({ ...input, narrative }), () => TINY_PNG, {
    now: PACKED_AT,
  })
  const xml = normalizeDocumentXml(strFromU8(unzipSync(bytes)['word/document.xml']!))
  await expect(xml).toMatchFileSnapshot('./__snapshots__/document.xml')
})

// The same audit dressed in a firm's template: its styles merged with ours, its header in place.
it('writes the same styles, header and page for the same audit and template', async () => {
  const bytes = await packReport(buildReportModel(fixtureInput()), () => TINY_PNG, {
    now: PACKED_AT,
    template: readWordTemplate(wordTemplateBytes()),
  })
  expect(checkDocxStructure(bytes)).toEqual([])
  const parts = unzipSync(bytes)
  const lines = (xml: string) => xml.replace(/></g, '>\n<')
  await expect(lines(strFromU8(parts['word/styles.xml']!))).toMatchFileSnapshot(
    './__snapshots__/templated-styles.xml',
  )
  await expect(lines(strFromU8(parts['word/header1.xml']!))).toMatchFileSnapshot(
    './__snapshots__/templated-header.xml',
  )
  const sections = strFromU8(parts['word/document.xml']!).match(/<w:sectPr>.*?<\/w:sectPr>/g)
  await expect(lines(sections!.join('\n'))).toMatchFileSnapshot(
    './__snapshots__/templated-sections.xml',
  )
})
