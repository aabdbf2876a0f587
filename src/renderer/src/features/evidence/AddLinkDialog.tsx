import { useId, useState, type FormEvent } from 'react'
import { parseEvidenceLink } from '@core/evidence'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import { linkInput, type CaptureInput } from './capture/capture-sources'

interface AddLinkDialogProps {
  open: boolean
  onClose: () => void
  onAdd: (input: CaptureInput) => void
}

/** A link as evidence: its address and a title to show. */
export function AddLinkDialog({ open, onClose, onAdd }: AddLinkDialogProps) {
  const id = useId()
  const [url, setUrl] = useState('')
  const [title, setTitle] = useState('')
  const [errors, setErrors] = useState<{ url?: string; title?: string }>({})

  const close = () => {
    setUrl('')
    setTitle('')
    setErrors({})
    onClose()
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const result = parseEvidenceLink(url, title)
    if (!result.ok) {
      setErrors({ [result.error.field]: result.error.message })
      document.getElementById(`${id}-${result.error.field}`)?.focus()
      return
    }
    onAdd(linkInput(result.url, result.title))
    close()
  }

  return (
    <Dialog
      title="Add a link"
      open={open}
      onClose={close}
      actions={
        <>
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" form={`${id}-form`} className="button button--primary">
            Add link
          </button>
        </>
      }
    >
      <form id={`${id}-form`} noValidate onSubmit={submit}>
        <Field id={`${id}-url`} label="Address" required error={errors.url}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="url"
              inputMode="url"
              placeholder="https://wiki.example.com/on-call"
              value={url}
              onChange={(e) => {
                setUrl(e.target.value)
                setErrors({})
              }}
            />
          )}
        </Field>
        <Field
          id={`${id}-title`}
          label="Title"
          hint="Optional. What the page is, e.g. “On-call rota (wiki)”."
          error={errors.title}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              value={title}
              onChange={(e) => {
                setTitle(e.target.value)
                setErrors({})
              }}
            />
          )}
        </Field>
      </form>
    </Dialog>
  )
}
