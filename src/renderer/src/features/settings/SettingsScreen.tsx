import { useLiveQuery } from 'dexie-react-hooks'
import { useDatabase } from '../../db/DatabaseContext'
import { loadProfile } from '../../db/repositories/settings'
import { useToasts } from '../../stores/toast-store'
import { ProfileForm } from './ProfileForm'

/** The auditor's own details. More settings join this screen later. */
export function SettingsScreen() {
  const db = useDatabase()
  const show = useToasts((s) => s.show)
  // Wrapped so "still loading" (undefined) is told apart from "no profile yet".
  const loaded = useLiveQuery(async () => ({ profile: await loadProfile(db) }), [db])

  return (
    <main className="page" aria-labelledby="settings-title">
      <div className="page__column page__column--narrow">
        <h1 id="settings-title" className="page__title">
          Settings
        </h1>
        <section className="card" aria-labelledby="profile-title">
          <h2 id="profile-title" className="card__title">
            About you
          </h2>
          <p className="muted">New audits start with your name as the auditor and your firm.</p>
          {loaded && (
            <ProfileForm
              initial={loaded.profile ?? { auditorName: '', firm: '' }}
              submitLabel="Save"
              onSaved={() => show({ message: 'Your name and firm are saved.', tone: 'info' })}
            />
          )}
        </section>
      </div>
    </main>
  )
}
