import { readWordTemplate, type WordTemplate } from '@core/report/docx/template'
import type { WorkbookDatabase } from '../database'
import { reportTemplateSetting } from '../settings/known-settings'
import type { Clock } from './clock'
import { removeSetting, saveSetting } from './settings'

/**
 * Imports the firm's Word template: read and checked in full first (a refusal throws the
 * TemplateFileError the user reads, and nothing is saved), then saved as one setting.
 */
export async function importReportTemplate(
  db: WorkbookDatabase,
  file: { name: string; bytes: Uint8Array },
  clock: Pick<Clock, 'now'>,
): Promise<WordTemplate> {
  const template = readWordTemplate(file.bytes)
  await saveSetting(db, reportTemplateSetting, {
    name: file.name,
    bytes: new Uint8Array(file.bytes),
    importedAt: clock.now(),
  })
  return template
}

/** Reports go back to Audit Workbook's own styles, page and header. */
export async function removeReportTemplate(db: WorkbookDatabase): Promise<void> {
  await removeSetting(db, reportTemplateSetting)
}
