import { readWordTemplate, TemplateFileError, type WordTemplate } from '@core/report/docx/template'
import type { WorkbookDatabase } from '../../db/database'
import { loadSetting } from '../../db/queries/settings'
import { reportTemplateSetting } from '../../db/settings/known-settings'

/**
 * The firm's Word template, read again from its saved bytes; undefined when none is set. One
 * that no longer reads (a stricter reader than the one that accepted it) stops the export with
 * a message saying what to do, rather than quietly giving a report without the firm's look.
 */
export async function loadReportTemplate(db: WorkbookDatabase): Promise<WordTemplate | undefined> {
  const stored = await loadSetting(db, reportTemplateSetting)
  if (!stored) return undefined
  try {
    return readWordTemplate(stored.bytes)
  } catch (error) {
    if (!(error instanceof TemplateFileError)) throw error
    throw new Error(
      `the firm’s Word template “${stored.name}” cannot be used: ${error.reason} Import it again, or remove it in Settings → Report.`,
    )
  }
}
