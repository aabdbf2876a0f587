import { useMemo, useState } from 'react'
import { useLocation } from 'wouter'
import { versionLabel, type SectionDraft } from '@core/authoring'
import { newestVersions } from '@core/content'
import { Dialog } from '../../components/Dialog'
import { showError, useToasts } from '../../components/toast-store'
import { useDatabase } from '../../db/DatabaseContext'
import { publishSectionDraft } from '../../db/repositories/section-drafts'
import { useImportedPackRows } from '../../db/queries/usePacks'
import { focusField } from './field-ids'
import { previewPublish } from './publish-preview'

interface PublishDialogProps {
  draftId: string
  draft: SectionDraft
  onClose(): void
  /** Waits for the draft's last edit to be saved: what is published is what is saved. */
  flush(): Promise<void>
}

/**
 * "Publish": the version the draft will become and what changed, or what must be fixed first.
 * Mounted only while open, so the dry run is of the draft as it is when the dialog opens.
 */
export function PublishDialog({ draftId, draft, onClose, flush }: PublishDialogProps) {
  const db = useDatabase()
  const rows = useImportedPackRows()
  const show = useToasts((s) => s.show)
  const [, navigate] = useLocation()
  const [refusal, setRefusal] = useState<string>()
  const [busy, setBusy] = useState(false)
  // Until the installed versions are read, the version this becomes is not known: a dialog that
  // said "version 1" for a moment, then "version 2", would have its button change under the click.
  const preview = useMemo(
    () => rows && previewPublish(draft, newestVersions(rows.map((row) => row.pack)), Date.now()),
    [draft, rows],
  )
  if (!preview) return null

  async function publish() {
    setBusy(true)
    try {
      await flush()
      const result = await publishSectionDraft(db, draftId)
      if (!result.ok) {
        setRefusal(result.reason)
        return
      }
      const { pack } = result.published
      show({ message: `Published ${versionLabel(pack.version)}`, tone: 'info' })
      navigate(`/library/${draft.section.id}`)
    } catch (error) {
      showError(error)
    } finally {
      setBusy(false)
    }
  }

  const title = preview.ok
    ? `Publish as ${preview.version}?`
    : 'This section cannot be published yet'
  return (
    <Dialog
      title={title}
      open
      onClose={onClose}
      footer={{
        cancel: { label: preview.ok ? 'Cancel' : 'Close', onClick: onClose },
        ...(preview.ok
          ? {
              primary: {
                label: `Publish ${preview.version}`,
                onClick: () => void publish(),
                disabled: busy,
              },
            }
          : {}),
      }}
    >
      {preview.ok ? (
        <>
          <p>
            Publishing makes {preview.version} of “{draft.section.title.trim()}”. It cannot be
            changed afterwards: audits started with it keep it exactly as it is.
          </p>
          <h3 id="publish-summary-title" className="card__title">
            What changes
          </h3>
          <ul className="publish-summary" aria-labelledby="publish-summary-title">
            {preview.summary.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {refusal && <p className="field__error">{refusal}</p>}
        </>
      ) : (
        <>
          <p>{preview.reason}</p>
          {preview.problems.length > 0 && (
            <ul className="publish-problems">
              {preview.problems.map((problem) => (
                <li key={problem.field}>
                  <button
                    type="button"
                    className="button button--link"
                    onClick={() => {
                      onClose()
                      focusField(problem.field)
                    }}
                  >
                    {problem.message}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Dialog>
  )
}
