import type { ContentPack } from '@core/content'
import { TEMPLATE_FILE_NAME, TEMPLATE_PACK } from '@core/sheets'
import { getBridge } from '../../../platform/bridge'
import { showError, useToasts } from '../../../components/toast-store'
import { runSheetsExport } from './run-sheets-export'

/**
 * The Library's downloads: a pack (or one section, as its pack) as a workbook in the documented
 * layout or as pack JSON, and the template. Each goes through the bridge's save: a save dialog in
 * the desktop app, a download in a browser.
 */

type SaveAs = 'workbook' | 'content-pack'

async function save(
  kind: SaveAs,
  defaultName: string,
  bytes: Uint8Array<ArrayBuffer>,
): Promise<void> {
  const saved = await getBridge().saveFile({ kind, defaultName, bytes })
  if (saved.status !== 'saved') return
  useToasts.getState().show({ message: `Saved “${saved.name}”.`, tone: 'info' })
}

/** Saves the pack as `.xlsx` (written in the sheets worker) or as the pack JSON a pack file is. */
export async function exportPack(pack: ContentPack, as: SaveAs, name: string): Promise<void> {
  try {
    const bytes: Uint8Array<ArrayBuffer> =
      as === 'workbook'
        ? await runSheetsExport(pack, Date.now())
        : new TextEncoder().encode(`${JSON.stringify(pack, null, 2)}\n`)
    await save(as, name, bytes)
  } catch (error) {
    showError(error)
  }
}

export function downloadTemplate(): Promise<void> {
  return exportPack(TEMPLATE_PACK, 'workbook', TEMPLATE_FILE_NAME)
}
