import { useState, type FormEvent, type ReactNode } from 'react'
import { flushSync } from 'react-dom'
import type { AuditorProfile } from '@core/audit'
import { Field } from '../../components/Field'
import { useDatabase } from '../../db/DatabaseContext'
import { saveSetting } from '../../db/repositories/settings'
import { profileSetting } from '../../db/settings/known-settings'
import { showError } from '../../components/toast-store'
import { parseProfileForm, type ProfileErrors } from './profile-form'

interface ProfileFormProps {
  initial: AuditorProfile
  submitLabel: string
  onSaved: (profile: AuditorProfile) => void
  /** Extra buttons beside the submit button. */
  children?: ReactNode
}

/** The auditor's name and firm, validated and saved; used at first run and in Settings. */
export function ProfileForm({ initial, submitLabel, onSaved, children }: ProfileFormProps) {
  const db = useDatabase()
  const [values, setValues] = useState(initial)
  const [errors, setErrors] = useState<ProfileErrors>({})
  const [saving, setSaving] = useState(false)

  function change(field: keyof AuditorProfile, value: string) {
    setValues((current) => ({ ...current, [field]: value }))
    setErrors((current) => ({ ...current, [field]: undefined }))
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const result = parseProfileForm(values)
    if (!result.ok) {
      // Render the messages first, so the focused field is announced with its error.
      flushSync(() => setErrors(result.errors))
      document.getElementById(result.errors.auditorName ? 'profile-name' : 'profile-firm')?.focus()
      return
    }
    setSaving(true)
    try {
      await saveSetting(db, profileSetting, result.profile)
      onSaved(result.profile)
    } catch (error) {
      showError(error)
    } finally {
      setSaving(false)
    }
  }

  return (
    <form className="form" noValidate onSubmit={submit}>
      <Field id="profile-name" label="Your name" required error={errors.auditorName}>
        {(control) => (
          <input
            {...control}
            className="input"
            type="text"
            autoComplete="name"
            value={values.auditorName}
            onChange={(e) => change('auditorName', e.target.value)}
          />
        )}
      </Field>
      <Field
        id="profile-firm"
        label="Firm"
        hint="Optional. Shown on the reports you export."
        error={errors.firm}
      >
        {(control) => (
          <input
            {...control}
            className="input"
            type="text"
            autoComplete="organization"
            value={values.firm}
            onChange={(e) => change('firm', e.target.value)}
          />
        )}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {submitLabel}
        </button>
        {children}
      </div>
    </form>
  )
}
