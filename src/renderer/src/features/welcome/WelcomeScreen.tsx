import { useEffect, useRef, useState } from 'react'
import { Link } from 'wouter'
import type { AuditorProfile } from '@core/audit'
import { useSetting } from '../../db/queries/useSetting'
import { profileSetting } from '../../db/settings/known-settings'
import { ProfileForm } from '../settings/ProfileForm'
import './welcome.css'

/** First run: a word about where the data lives, the auditor's name and firm, then onwards. */
export function WelcomeScreen() {
  const loaded = useSetting(profileSetting)
  const [saved, setSaved] = useState<AuditorProfile>()

  return (
    <main className="page welcome" aria-labelledby="welcome-title">
      <div className="page__column page__column--narrow">
        {saved ? (
          <WelcomeDone profile={saved} />
        ) : (
          <>
            <p className="eyebrow">Welcome</p>
            <h1 id="welcome-title" className="page__title">
              Welcome to Audit Workbook
            </h1>
            <p className="lead">
              Audit Workbook keeps every audit on this computer. Nothing is sent anywhere, and it
              works without an internet connection, so you can take it into any meeting room.
            </p>
            <section className="card" aria-labelledby="welcome-about">
              <h2 id="welcome-about" className="card__title">
                First, who is auditing?
              </h2>
              <p className="muted">
                Your name goes on the audits you create and the reports you export. You can change
                it later in Settings.
              </p>
              {loaded && (
                <ProfileForm
                  initial={loaded.value ?? { auditorName: '', firm: '' }}
                  submitLabel="Continue"
                  onSaved={setSaved}
                />
              )}
            </section>
          </>
        )}
      </div>
    </main>
  )
}

function WelcomeDone({ profile }: { profile: AuditorProfile }) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  return (
    <>
      <p className="eyebrow">All set</p>
      <h1 id="welcome-title" className="page__title" tabIndex={-1} ref={heading}>
        Thank you, {profile.auditorName}
      </h1>
      <p className="lead">
        An audit holds one engagement: the client, the system or team you assess, and the sections
        you cover. Start one now, or look around first.
      </p>
      <div className="welcome__next">
        <Link href="/audits/new" className="button button--primary button--large">
          Start your first audit
        </Link>
        <Link href="/audits" className="button button--large">
          Go to audits
        </Link>
      </div>
    </>
  )
}
