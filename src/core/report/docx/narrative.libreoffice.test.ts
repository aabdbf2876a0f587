import { expect, it } from 'vitest'
import { pdfTextOfDocx } from '../../../../e2e/support/libreoffice'
import { buildReportModel } from '../build/build-report-model'
import { checkDocxStructure } from '../test-support/docx-structure'
import { fixtureInput } from '../test-support/fixture-audit'
import { fixtureNarrative } from '../test-support/fixture-narrative'
import { PACKED_AT, TINY_PNG } from '../test-support/sample-model'
import { packReport } from './pack-docx'

/**
 * A real consumer reads the consultant's writing: LibreOffice prints the written summary with its
 * marks, link text and lists, numbers each numbered list from 1, and opens the document whole
 * although a view holds text XML cannot hold and a `javascript:` link that should never have
 * reached the model.
 */
it('prints the written narrative, each numbered list from 1, in LibreOffice', async () => {
  const input = fixtureInput()
  const sectionId = input.content.sections[0]!.section.id
  const narrative = fixtureNarrative(sectionId)
  narrative.sectionViews[sectionId] = {
    blocks: [
      {
        kind: 'paragraph',
        inlines: [
          { text: 'Pasted <b>& "quoted"\u0000\u0007 ' },
          { text: 'do not follow', link: 'javascript:alert(1)' },
          { text: ' end of view.' },
        ],
      },
    ],
  }
  const bytes = await packReport(buildReportModel({ ...input, narrative }), () => TINY_PNG, {
    now: PACKED_AT,
  })
  expect(checkDocxStructure(bytes)).toEqual([])

  const text = await pdfTextOfDocx(bytes)
  expect(text).toContain(
    'Incident response at Northwind is improving, though not yet dependable; see the SRE handbook.',
  )
  expect(text).toMatch(/On-call is staffed around the clock \S+ Runbooks are missing/)
  expect(text).toContain('1. Write the first three runbooks 2. Rehearse a major incident')
  expect(text).toContain('Key recommendations 1. Staff a weekend rota 2. Publish runbooks')
  expect(text).toContain('Scope and approach We interviewed the payments SRE team')
  expect(text).toContain('Limitations Production access was not granted')
  expect(text).toContain('Next steps We will re-assess in six months.')
  expect(text).toContain('Pasted <b>& "quoted" do not follow end of view.')
}, 180_000)
