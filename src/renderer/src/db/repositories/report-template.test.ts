import { strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { wordTemplateBytes } from '@core/report/test-support/word-template'
import { loadSetting } from '../queries/settings'
import { reportTemplateSetting } from '../settings/known-settings'
import { freshDatabase } from '../test-support/fixtures'
import { importReportTemplate, removeReportTemplate } from './report-template'

const clock = { now: () => 1_800_000_000_000 }

describe('report template repository', () => {
  it('saves a template it can read, with its name and import time, and removes it', async () => {
    const db = await freshDatabase()
    const bytes = wordTemplateBytes()
    const template = await importReportTemplate(db, { name: 'Firm.dotx', bytes }, clock)
    expect(template.fonts.headings).toBe('Georgia')
    expect(await loadSetting(db, reportTemplateSetting)).toEqual({
      name: 'Firm.dotx',
      bytes,
      importedAt: 1_800_000_000_000,
    })
    await removeReportTemplate(db)
    expect(await loadSetting(db, reportTemplateSetting)).toBeUndefined()
  })

  it('saves nothing, and keeps the template before, when the file is refused', async () => {
    const db = await freshDatabase()
    await importReportTemplate(db, { name: 'Firm.dotx', bytes: wordTemplateBytes() }, clock)
    await expect(
      importReportTemplate(db, { name: 'notes.docx', bytes: strToU8('plain text') }, clock),
    ).rejects.toThrow(/not a Word document.*Nothing was saved\.$/)
    expect((await loadSetting(db, reportTemplateSetting))?.name).toBe('Firm.dotx')
  })
})
