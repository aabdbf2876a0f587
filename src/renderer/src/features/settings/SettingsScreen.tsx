import { useLiveQuery } from 'dexie-react-hooks'
import { useDatabase } from '../../db/DatabaseContext'
import { loadProfile } from '../../db/repositories/settings'
import { loadEvidenceSizeLimit } from '../../db/repositories/evidence-settings'
import { EvidenceLimitForm } from './EvidenceLimitForm'
import { useToasts } from '../../stores/toast-store'
import { ProfileForm } from './ProfileForm'
import { BrandingForm } from './BrandingForm'
import { loadBranding } from '../../db/repositories/report-settings'
import { StorageStatusCard } from './StorageStatusCard'

/** The auditor's own details. More settings join this screen later. */
export function SettingsScreen() {
  const db = useDatabase()
  const show = useToasts((s) => s.show)
  // Wrapped so "still loading" (undefined) is told apart from "no profile yet".
  const loaded = useLiveQuery(async () => ({ profile: await loadProfile(db) }), [db])
  const evidenceLimit = useLiveQuery(() => loadEvidenceSizeLimit(db), [db])
  const branding = useLiveQuery(() => loadBranding(db), [db])

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
        <section className="card" aria-labelledby="evidence-settings-title">
          <h2 id="evidence-settings-title" className="card__title">
            Evidence
          </h2>
          {evidenceLimit !== undefined && <EvidenceLimitForm initial={evidenceLimit} />}
        </section>
        <section className="card" aria-labelledby="branding-title">
          <h2 id="branding-title" className="card__title">
            Report branding
          </h2>
          {branding !== undefined && <BrandingForm initial={branding} />}
        </section>
        <StorageStatusCard />
      </div>
    </main>
  )
}
