import { useState, type FormEvent } from 'react'
import { MAX_EVIDENCE_SIZE_LIMIT, MIN_EVIDENCE_SIZE_LIMIT } from '@core/evidence'
import { Field } from '../../components/Field'
import { useDatabase } from '../../db/DatabaseContext'
import { saveSetting } from '../../db/repositories/settings'
import { evidenceSizeLimitSetting } from '../../db/settings/known-settings'
import { showError, useToasts } from '../../components/toast-store'
import '../evidence/evidence.css'

const MB = 1024 * 1024
const MIN_MB = MIN_EVIDENCE_SIZE_LIMIT / MB
const MAX_MB = MAX_EVIDENCE_SIZE_LIMIT / MB

/** The largest file accepted as evidence, in MB (PRODUCT.md §5: limits are explicit). */
export function EvidenceLimitForm({ initial }: { initial: number }) {
  const db = useDatabase()
  const show = useToasts((s) => s.show)
  const [value, setValue] = useState(String(Math.round(initial / MB)))
  const [error, setError] = useState<string>()

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const megabytes = Number(value.trim())
    if (!Number.isInteger(megabytes) || megabytes < MIN_MB || megabytes > MAX_MB) {
      setError(`Enter a whole number of megabytes from ${MIN_MB} to ${MAX_MB}.`)
      document.getElementById('evidence-limit')?.focus()
      return
    }
    try {
      await saveSetting(db, evidenceSizeLimitSetting, megabytes * MB)
      show({ message: `Evidence files up to ${megabytes} MB are accepted.`, tone: 'info' })
    } catch (e) {
      showError(e)
    }
  }

  return (
    <form className="form" noValidate onSubmit={submit}>
      <Field
        id="evidence-limit"
        label="Largest evidence file (MB)"
        hint="A larger file is refused with a message, and nothing is stored. Default 250 MB."
        error={error}
      >
        {(control) => (
          <input
            {...control}
            className="input input--number"
            type="number"
            inputMode="numeric"
            min={MIN_MB}
            max={MAX_MB}
            step={1}
            value={value}
            onChange={(e) => {
              setValue(e.target.value)
              setError(undefined)
            }}
          />
        )}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--primary">
          Save limit
        </button>
      </div>
    </form>
  )
}
