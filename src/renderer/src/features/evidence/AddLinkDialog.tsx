import { parseEvidenceLink } from '@core/evidence'
import { Field } from '../../components/Field'
import { linkInput, type CaptureInput } from './capture/capture-sources'
import { EvidenceFormDialog } from './EvidenceFormDialog'

interface AddLinkDialogProps {
  open: boolean
  onClose: () => void
  onAdd: (input: CaptureInput) => void
}

/** A link as evidence: its address and a title to show. */
export function AddLinkDialog({ open, onClose, onAdd }: AddLinkDialogProps) {
  return (
    <EvidenceFormDialog
      title="Add a link"
      submitLabel="Add link"
      open={open}
      onClose={onClose}
      onAdd={onAdd}
      empty={{ url: '', title: '' }}
      parse={({ url, title }) => {
        const result = parseEvidenceLink(url, title)
        return result.ok ? { ok: true, input: linkInput(result.url, result.title) } : result
      }}
    >
      {(fields) => (
        <>
          <Field id={fields.id('url')} label="Address" required error={fields.error('url')}>
            {(control) => (
              <input
                {...control}
                {...fields.bind('url')}
                className="input"
                type="url"
                inputMode="url"
                placeholder="https://wiki.example.com/on-call"
              />
            )}
          </Field>
          <Field
            id={fields.id('title')}
            label="Title"
            hint="Optional. What the page is, e.g. “On-call rota (wiki)”."
            error={fields.error('title')}
          >
            {(control) => <input {...control} {...fields.bind('title')} className="input" />}
          </Field>
        </>
      )}
    </EvidenceFormDialog>
  )
}
