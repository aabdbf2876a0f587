import { isUnchanged, type ParagraphChange } from '@core/narrative'
import { Dialog } from '../../components/Dialog'

interface RegenerateDialogProps {
  changes: readonly ParagraphChange[]
  /** True when the text now there is the consultant's, not an earlier draft. */
  replacesOwnWriting: boolean
  onReplace: () => void
  onCancel: () => void
}

const MARK: Record<ParagraphChange['change'], string | undefined> = {
  kept: undefined,
  removed: 'Removed',
  added: 'Added',
}

/**
 * What "Regenerate draft" would change, paragraph by paragraph, before anything is replaced.
 * Removed and added paragraphs say so in words, and are struck through or underlined: never
 * told apart by colour alone.
 */
export function RegenerateDialog({
  changes,
  replacesOwnWriting,
  onReplace,
  onCancel,
}: RegenerateDialogProps) {
  const same = isUnchanged(changes)
  return (
    <Dialog
      title="Regenerate the executive summary"
      open
      onClose={onCancel}
      className="regenerate-dialog"
      footer={
        same
          ? { cancel: { label: 'Close', onClick: onCancel } }
          : {
              cancel: { label: 'Cancel', onClick: onCancel },
              primary: {
                label: 'Replace with the new draft',
                tone: replacesOwnWriting ? 'danger' : 'primary',
                onClick: onReplace,
              },
            }
      }
    >
      {same ? (
        <p>The new draft is the same as the text there now: nothing would change.</p>
      ) : (
        <>
          <p>
            {replacesOwnWriting
              ? 'Your text would be replaced by a new draft generated from the scores as they stand:'
              : 'The draft would be generated again from the scores as they stand:'}
          </p>
          <ol className="draft-changes" aria-label="What would change">
            {changes.map((change, i) => (
              <li key={i} className={`draft-changes__item draft-changes__item--${change.change}`}>
                {MARK[change.change] && (
                  <span className="draft-changes__mark">{MARK[change.change]}: </span>
                )}
                {change.change === 'removed' ? (
                  <del>{change.text}</del>
                ) : change.change === 'added' ? (
                  <ins>{change.text}</ins>
                ) : (
                  <span>{change.text}</span>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </Dialog>
  )
}
