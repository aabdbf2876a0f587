import { useLocation } from 'wouter'
import { Dialog } from '../../components/Dialog'
import { showError, useToasts } from '../../components/toast-store'
import { useDatabase } from '../../db/DatabaseContext'
import { discardSectionDraft } from '../../db/repositories/section-drafts'

interface DiscardDialogProps {
  draftId: string
  /** The draft's title, or what stands in for it. */
  title: string
  published: boolean
  onClose(): void
  /** Lets the last edit's write finish first, so it cannot land on a discarded draft. */
  flush(): Promise<void>
}

/** "Discard draft", confirmed: the draft and every edit in it are gone; a published version stays. */
export function DiscardDialog({ draftId, title, published, onClose, flush }: DiscardDialogProps) {
  const db = useDatabase()
  const show = useToasts((s) => s.show)
  const [, navigate] = useLocation()

  async function discard() {
    try {
      await flush()
      await discardSectionDraft(db, draftId)
      show({ message: `Discarded the draft of “${title}”.`, tone: 'info' })
      navigate('/library')
    } catch (error) {
      showError(error)
    }
  }

  return (
    <Dialog
      title={`Discard the draft of “${title}”?`}
      open
      onClose={onClose}
      footer={{
        cancel: { label: 'Keep editing', onClick: onClose },
        primary: { label: 'Discard draft', tone: 'danger', onClick: () => void discard() },
      }}
    >
      <p>
        Every change in this draft is lost.{' '}
        {published
          ? 'The published versions of the section stay as they are.'
          : 'The section was never published, so it is gone.'}
      </p>
    </Dialog>
  )
}
