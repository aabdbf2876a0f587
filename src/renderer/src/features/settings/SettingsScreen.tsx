import { useParams } from 'wouter'
import { useSetting } from '../../db/queries/useSetting'
import {
  brandingSetting,
  evidenceSizeLimitSetting,
  profileSetting,
  reportTemplateSetting,
} from '../../db/settings/known-settings'
import { EvidenceLimitForm } from './EvidenceLimitForm'
import { useToasts } from '../../components/toast-store'
import { ProfileForm } from './ProfileForm'
import { BrandingForm } from './BrandingForm'
import { StorageStatusCard } from './StorageStatusCard'
import { WordTemplateForm } from './WordTemplateForm'
import { TeamSettingsCard } from '../team/TeamSettingsCard'

/** The auditor's own details. More settings join this screen later. */
export function SettingsScreen() {
  const { part } = useParams<{ part?: string }>()
  const show = useToasts((s) => s.show)
  const profile = useSetting(profileSetting)
  const evidenceLimit = useSetting(evidenceSizeLimitSetting)
  const branding = useSetting(brandingSetting)
  const template = useSetting(reportTemplateSetting)

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
          {profile && (
            <ProfileForm
              initial={profile.value ?? { auditorName: '', firm: '' }}
              submitLabel="Save"
              onSaved={() => show({ message: 'Your name and firm are saved.', tone: 'info' })}
            />
          )}
        </section>
        <TeamSettingsCard focused={part === 'team'} />
        <section className="card" aria-labelledby="evidence-settings-title">
          <h2 id="evidence-settings-title" className="card__title">
            Evidence
          </h2>
          {evidenceLimit && <EvidenceLimitForm initial={evidenceLimit.value} />}
        </section>
        <section className="card" aria-labelledby="branding-title">
          <h2 id="branding-title" className="card__title">
            Report branding
          </h2>
          {branding && <BrandingForm initial={branding.value} />}
        </section>
        <section className="card" aria-labelledby="word-template-title">
          <h2 id="word-template-title" className="card__title">
            Report template
          </h2>
          <p className="muted">
            The firm’s Word template (.dotx or .docx): its styles, fonts and colours, page size and
            margins, header and footer dress every report.
          </p>
          {template && <WordTemplateForm stored={template.value} />}
        </section>
        <StorageStatusCard focused={part === 'storage'} />
      </div>
    </main>
  )
}
