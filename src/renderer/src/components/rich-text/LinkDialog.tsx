import { useId, useState } from 'react'
import { LINK_PATTERN } from '@core/narrative'
import { Dialog } from '../Dialog'
import { Field } from '../Field'

interface LinkDialogProps {
  /** The address of the link being edited, or '' for a new one. */
  current: string
  onApply: (address: string) => void
  onRemove: () => void
  onClose: () => void
}

export const LINK_REFUSED =
  'Use an address that starts with https://, http:// or mailto: (for example https://example.com). A report cannot link to anything else.'

/** Asks for a link's address; only addresses a reader can safely follow are accepted. */
export function LinkDialog({ current, onApply, onRemove, onClose }: LinkDialogProps) {
  const formId = useId()
  const [address, setAddress] = useState(current)
  const [error, setError] = useState<string>()
  const submit = () => {
    const trimmed = address.trim()
    if (!LINK_PATTERN.test(trimmed)) setError(LINK_REFUSED)
    else onApply(trimmed)
  }
  return (
    <Dialog
      title={current ? 'Edit link' : 'Add link'}
      open
      onClose={onClose}
      footer={{
        extra: current ? (
          <button type="button" className="button" onClick={onRemove}>
            Remove link
          </button>
        ) : undefined,
        cancel: { label: 'Cancel', onClick: onClose },
        primary: { label: current ? 'Save link' : 'Add link', form: formId },
      }}
    >
      <form
        id={formId}
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          submit()
        }}
      >
        <Field
          id={`${formId}-address`}
          label="Address"
          hint="A web address (https://…) or an email address (mailto:…)."
          error={error}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              type="url"
              autoFocus
              value={address}
              onChange={(e) => {
                setAddress(e.target.value)
                setError(undefined)
              }}
            />
          )}
        </Field>
      </form>
    </Dialog>
  )
}
