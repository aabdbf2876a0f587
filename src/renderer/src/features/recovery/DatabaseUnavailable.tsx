import { RestoreFromArchive } from './RestoreFromArchive'
import './recovery.css'

/** Shown instead of the app when the database cannot be opened: it explains, and deletes nothing. */
export function DatabaseUnavailable({ message }: { message: string }) {
  return (
    <main className="recovery" aria-labelledby="recovery-title">
      <h1 id="recovery-title">Audit Workbook cannot open your data</h1>
      <p role="alert">{message}</p>
      <RestoreFromArchive />
    </main>
  )
}
