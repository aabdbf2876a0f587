import './zod-config'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { installJournalOnUnload, replayJournal } from './db/draft-journal'
import { openDatabase } from './db/open-database'
import { readAuditsEarly } from './db/queries/useAudits'
import { DatabaseProvider } from './db/DatabaseContext'
import { purgeDeletedAudits } from './db/repositories/audits'
import { purgeDeletedEvidence } from './db/repositories/evidence-edits'
import { DatabaseUnavailable } from './features/recovery/DatabaseUnavailable'
import { resumeWorkspace } from './team/workspace-session'
import './styles/global.css'

const root = createRoot(document.getElementById('root') as HTMLElement)

async function start(): Promise<void> {
  const result = await openDatabase()
  if (!result.ok) {
    root.render(<DatabaseUnavailable message={result.error} />)
    return
  }
  const { db } = result
  readAuditsEarly(db)
  // Texts typed just before the last reload or close, whose write the unload cut short.
  await replayJournal(db).catch((error: unknown) => {
    console.warn('Could not replay unsaved drafts.', error)
  })
  installJournalOnUnload()
  // Audits deleted longer ago than the undo window go for good, at the first idle moment: finding
  // them walks every audit and evidence item, and the first screen's reads (the early read above,
  // the profile) would otherwise queue behind that walk. Not awaited: a failure only means they
  // wait for the next start.
  requestIdleCallback(
    () =>
      void purgeDeletedAudits(db)
        // Then deleted evidence, and the evidence of the audits just purged.
        .then(() => purgeDeletedEvidence(db))
        .catch((error: unknown) => {
          console.warn(
            'Could not purge deleted audits or evidence; will retry at next start.',
            error,
          )
        }),
    { timeout: 2_000 },
  )
  root.render(
    <StrictMode>
      <DatabaseProvider db={db}>
        <App />
      </DatabaseProvider>
    </StrictMode>,
  )
  // The team workspace, when one is set up with a stored password (issue 18); in solo use this
  // reads one setting and stops. Not awaited: the first screen never waits for a server.
  resumeWorkspace(db).catch((error: unknown) => {
    console.warn('Could not connect to the team workspace at start.', error)
  })
}

void start()
