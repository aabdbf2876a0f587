import { useEffect, useRef, useState } from 'react'
import { useSetting } from '../../db/queries/useSetting'
import { getBridge } from '../../platform/bridge'
import { teamSetting } from '../../db/settings/known-settings'
import { describeTeamStatus } from '../../team/describe-team-status'
import { isFirmAdmin } from '../../team/team-status'
import { useTeamStore } from '../../team/team-store'
import { disconnectWorkspace } from '../../team/workspace-session'
import { describePasswordKept } from './password-kept'
import { TeamSignInForm } from './TeamSignInForm'
import './team.css'

/**
 * Settings → Team (issue 18): sign in to the firm's workspace, or see who is signed in where and
 * how the sync stands, and leave it. `focused`: the app bar's status brought the user here.
 */
export function TeamSettingsCard({ focused = false }: { focused?: boolean }) {
  const setting = useSetting(teamSetting)
  const account = useTeamStore((s) => s.account)
  const status = useTeamStore((s) => s.status)
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (!focused || !setting) return
    heading.current?.scrollIntoView({ block: 'start' })
    heading.current?.focus()
  }, [focused, setting])

  const signedOut = status.state === 'signed-out'
  return (
    <section className="card" aria-labelledby="team-title">
      <h2 id="team-title" className="card__title" tabIndex={-1} ref={heading}>
        Team
      </h2>
      {account && (
        <TeamConnected
          server={account.server}
          username={account.username}
          admin={isFirmAdmin(account)}
          statusText={describeTeamStatus(status)}
          message={status.message}
        />
      )}
      {!account && (
        <p className="muted">
          Share audits with colleagues through the firm’s team server. Without one, the app works
          alone on this computer and never uses the network.
        </p>
      )}
      {setting && (!account || signedOut) && (
        <TeamSignInForm
          // A new form once signed in elsewhere, so its fields start from the saved values.
          key={setting.value ? `${setting.value.server} ${setting.value.username}` : 'none'}
          initial={setting.value}
          submitLabel={signedOut ? 'Sign in again' : 'Connect'}
        />
      )}
    </section>
  )
}

function TeamConnected({
  server,
  username,
  admin,
  statusText,
  message,
}: {
  server: string
  username: string
  admin: boolean
  statusText: string
  message: string | undefined
}) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const [kept, setKept] = useState<string>()
  useEffect(() => {
    let current = true
    const bridge = getBridge()
    void Promise.all([bridge.team.loadCredentials(), bridge.appInfo()]).then(
      ([stored, info]) => {
        if (current && stored) setKept(describePasswordKept(stored.kept, info.runtime))
      },
      () => undefined, // only a sentence less on the card
    )
    return () => {
      current = false
    }
  }, [server, username])

  async function disconnect() {
    setBusy(true)
    setError(undefined)
    try {
      await disconnectWorkspace()
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
      setBusy(false)
    }
  }

  return (
    <div className="team-connected">
      <dl className="team-connected__facts">
        <dt>Signed in as</dt>
        <dd>
          {username}
          {admin ? ' (firm admin)' : ''}
        </dd>
        <dt>Server</dt>
        <dd>{server}</dd>
        <dt>Status</dt>
        <dd>{statusText}</dd>
      </dl>
      {message && <p className="notice">{message}</p>}
      {kept && <p className="muted">{kept}</p>}
      <p className="muted">
        Disconnecting stops syncing and forgets your password on this computer. Everything saved
        here, shared audits included, stays here.
      </p>
      <div role="alert">{error && <p className="field__error">{error}</p>}</div>
      <div className="form__actions">
        <button type="button" className="button" disabled={busy} onClick={() => void disconnect()}>
          Disconnect
        </button>
      </div>
    </div>
  )
}
