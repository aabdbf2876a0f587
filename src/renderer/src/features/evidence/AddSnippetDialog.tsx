import { parseEvidenceSnippet } from '@core/evidence'
import { Field } from '../../components/Field'
import { snippetInput, type CaptureInput } from './capture/capture-sources'
import { EvidenceFormDialog } from './EvidenceFormDialog'

interface AddSnippetDialogProps {
  open: boolean
  onClose: () => void
  onAdd: (input: CaptureInput) => void
}

/** A text snippet as evidence: a config excerpt, a chat message, a policy paragraph. */
export function AddSnippetDialog({ open, onClose, onAdd }: AddSnippetDialogProps) {
  return (
    <EvidenceFormDialog
      title="Add a text snippet"
      submitLabel="Add snippet"
      open={open}
      onClose={onClose}
      onAdd={onAdd}
      empty={{ title: '', text: '' }}
      parse={({ title, text }) => {
        const result = parseEvidenceSnippet(title, text)
        return result.ok ? { ok: true, input: snippetInput(result.title, result.text) } : result
      }}
    >
      {(fields) => (
        <>
          <Field
            id={fields.id('title')}
            label="Title"
            hint="Optional. Defaults to the first line of the text."
            error={fields.error('title')}
          >
            {(control) => <input {...control} {...fields.bind('title')} className="input" />}
          </Field>
          <Field id={fields.id('text')} label="Text" required error={fields.error('text')}>
            {(control) => (
              <textarea {...control} {...fields.bind('text')} className="input textarea" rows={8} />
            )}
          </Field>
        </>
      )}
    </EvidenceFormDialog>
  )
}
