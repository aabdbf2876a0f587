import { ExportProgressDialog } from './ExportProgressDialog'
import { ImportArchiveDialog } from './ImportArchiveDialog'
import './archive.css'

/** The export progress and import dialogs, rendered once by the screen that offers them. */
export function ArchiveDialogs() {
  return (
    <>
      <ExportProgressDialog />
      <ImportArchiveDialog />
    </>
  )
}
