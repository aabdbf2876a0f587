import { useState } from 'react'
import { useLocation } from 'wouter'
import {
  packDefaultsFor,
  rememberMappings,
  type ColumnMapping,
  type MappingShape,
  type SheetProblem,
} from '@core/sheets'
import type { OpenedFile } from '@shared/ipc-contract'
import { plural } from '../../../components/format'
import { showError, useToasts } from '../../../components/toast-store'
import { useDatabase } from '../../../db/DatabaseContext'
import { loadSetting } from '../../../db/queries/settings'
import { rememberSheetMappings } from '../../../db/repositories/sheet-mappings'
import { importWorkbookDrafts } from '../../../db/repositories/workbook-drafts'
import { MAX_SAVED_MAPPINGS, sheetMappingsSetting } from '../../../db/settings/known-settings'
import { getBridge } from '../../../platform/bridge'
import { runSheetsImport } from './run-sheets-import'

/** Where an import stands: what the Library shows while a workbook is read, mapped or refused. */
export type WorkbookImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'mapping'; file: OpenedFile; shapes: MappingShape[] }
  | { step: 'problems'; fileName: string; problems: SheetProblem[]; notes: string[] }
  | { step: 'refused'; fileName: string; message: string }

/**
 * Importing a workbook (PRODUCT.md §14): the file is read in the sheets worker; a shape of
 * question sheet with no saved mapping goes through the mapping step first; every problem is
 * shown at once; only a pack that validates is opened, as section drafts, and the mappings the
 * person chose are kept for the next file of the same shape.
 */
export function useWorkbookImport() {
  const db = useDatabase()
  const [, navigate] = useLocation()
  const [state, setState] = useState<WorkbookImportState>({ step: 'idle' })

  async function read(file: OpenedFile, chosen: readonly ColumnMapping[]): Promise<void> {
    setState({ step: 'reading', fileName: file.name })
    const saved = await loadSetting(db, sheetMappingsSetting)
    const mappings = rememberMappings(saved, chosen, MAX_SAVED_MAPPINGS)
    // A copy goes to the worker: the bytes are read again if the mapping step asks.
    const result = await runSheetsImport(
      file.bytes.slice(),
      file.name,
      packDefaultsFor(file.name),
      mappings,
    )
    if (result.status === 'needs-mapping')
      return setState({ step: 'mapping', file, shapes: result.shapes })
    if (result.status === 'problems')
      return setState({ step: 'problems', fileName: file.name, ...result })
    if (result.status === 'refused')
      return setState({ step: 'refused', fileName: file.name, message: result.message })
    const created = await importWorkbookDrafts(db, result.pack)
    if (!created.ok)
      return setState({ step: 'refused', fileName: file.name, message: created.message })
    if (chosen.length > 0) await rememberSheetMappings(db, chosen)
    setState({ step: 'idle' })
    const count = created.rows.length
    // What was neutralised on the way (formulas read as values, links and macros ignored).
    const notes = result.notes.length > 0 ? ` ${result.notes.join(' ')}` : ''
    useToasts.getState().show({
      message: `${plural(count, 'section')} imported as ${count === 1 ? 'a draft' : 'drafts'}.${notes}`,
      tone: 'info',
    })
    navigate(`/library/drafts/${created.rows[0]!.id}`)
  }

  async function run(task: () => Promise<void>): Promise<void> {
    try {
      await task()
    } catch (error) {
      setState({ step: 'idle' })
      showError(error)
    }
  }

  return {
    state,
    /** Asks for a file and reads it with the mappings saved so far. */
    start: () =>
      run(async () => {
        const opened = await getBridge().openFiles({ kind: 'workbook' })
        const file = opened.status === 'opened' ? opened.files[0] : undefined
        if (file) await read(file, [])
      }),
    /** Reads the file again with the columns the person named in the mapping step. */
    map: (chosen: readonly ColumnMapping[]) =>
      run(async () => {
        if (state.step === 'mapping') await read(state.file, chosen)
      }),
    close: () => setState({ step: 'idle' }),
  }
}
