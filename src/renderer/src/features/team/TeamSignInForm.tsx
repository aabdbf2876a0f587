import { useState, type FormEvent } from 'react'
import { Field } from '../../components/Field'
import { useDatabase } from '../../db/DatabaseContext'
import { connectWorkspace } from '../../team/workspace-session'

/**
 * Server address, user name and password; "Connect" signs in, keeps the credentials and starts
 * syncing. Why a sign-in failed is said in an alert right under the form.
 */
export function TeamSignInForm({
  initial,
  submitLabel = 'Connect',
}: {
  initial: { server: string; username: string } | null
  submitLabel?: string
}) {
  const db = useDatabase()
  const [server, setServer] = useState(initial?.server ?? '')
  const [username, setUsername] = useState(initial?.username ?? '')
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    setError(undefined)
    try {
      const result = await connectWorkspace(db, { server, username, password })
      if (!result.ok) setError(result.error)
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="form" noValidate onSubmit={submit}>
      <Field
        id="team-server"
        label="Server address"
        hint="The firm’s CouchDB server, like https://couch.example.com. Your administrator gives it."
      >
        {(control) => (
          <input
            {...control}
            className="input"
            type="url"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            value={server}
            onChange={(e) => setServer(e.target.value)}
          />
        )}
      </Field>
      <Field id="team-username" label="User name">
        {(control) => (
          <input
            {...control}
            className="input"
            autoComplete="username"
            spellCheck={false}
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        )}
      </Field>
      <Field id="team-password" label="Password">
        {(control) => (
          <input
            {...control}
            className="input"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        )}
      </Field>
      <div role="alert">{error && <p className="field__error">{error}</p>}</div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Connecting…' : submitLabel}
        </button>
      </div>
    </form>
  )
}
