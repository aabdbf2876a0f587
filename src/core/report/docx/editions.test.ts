import { describe, expect, it } from 'vitest'
import { buildReportModel } from '../build/build-report-model'
import { checkDocxStructure } from '../test-support/docx-structure'
import { docxText } from '../test-support/docx-text'
import {
  editionFixture,
  editionFixtureImage,
  INTERNAL_MARKER,
} from '../test-support/edition-fixture'
import { partsHolding } from '../test-support/find-marker'
import { PACKED_AT } from '../test-support/sample-model'
import type { ReportEdition } from '../../audit/edition'
import { packReport } from './pack-docx'

const docxOf = (edition: ReportEdition) =>
  packReport(buildReportModel(editionFixture(edition)), editionFixtureImage, { now: PACKED_AT })

describe('the client and internal editions as Word files', () => {
  it('has no trace of an internal note or item in any part of the client edition', async () => {
    const bytes = await docxOf('client')
    expect(checkDocxStructure(bytes)).toEqual([])
    expect(partsHolding(bytes, INTERNAL_MARKER)).toEqual([])
    expect(docxText(bytes)).not.toMatch(/internal edition/i)
  })

  it('carries them in the internal edition, its image included, and says so on the cover', async () => {
    const bytes = await docxOf('internal')
    expect(checkDocxStructure(bytes)).toEqual([])
    const parts = partsHolding(bytes, INTERNAL_MARKER)
    expect(parts).toContain('word/document.xml')
    expect(parts.some((p) => p.startsWith('word/media/'))).toBe(true)
    expect(docxText(bytes)).toContain('Confidential\nInternal edition — not for the client')
  })
})
