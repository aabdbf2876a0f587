import { useState, type FormEvent } from 'react'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import type { TeamAuditRow } from '../../team/team-rows'
import { useTeamStore } from '../../team/team-store'
import { parseNames } from './share-people'
import { describeShareOutcome } from './share-outcome'

const FORM_ID = 'share-audit-form'
const NAMES_HINT = 'Their user names on the team workspace, separated by commas (e.g. bo, carol).'

interface ShareAuditDialogProps {
  auditId: string
  client: string
  /** The audit's sharing so far; undefined when it is not shared yet. */
  row: TeamAuditRow | undefined
  /** Only the owner changes who is on a shared audit; anyone else sees it. */
  canChange: boolean
  open: boolean
  onClose: () => void
}

/** Shares an audit with named colleagues, as consultants or reviewers (issue 18). */
export function ShareAuditDialog({ open, onClose, ...props }: ShareAuditDialogProps) {
  const [done, setDone] = useState<string>()
  const close = () => {
    setDone(undefined)
    onClose()
  }
  return (
    <Dialog
      title={props.canChange ? `Share ${props.client}` : `Who is on ${props.client}`}
      open={open}
      onClose={close}
      footer={
        props.canChange && done === undefined
          ? {
              cancel: { label: 'Cancel', onClick: close },
              primary: { label: props.row ? 'Save people' : 'Share', form: FORM_ID },
            }
          : { cancel: { label: 'Close', onClick: close } }
      }
    >
      {done !== undefined ? (
        <p role="status">{done}</p>
      ) : props.canChange ? (
        open && <ShareForm {...props} onDone={setDone} />
      ) : (
        props.row && <PeopleOf row={props.row} />
      )}
    </Dialog>
  )
}

function ShareForm({
  auditId,
  row,
  onDone,
}: Pick<ShareAuditDialogProps, 'auditId' | 'row'> & { onDone: (message: string) => void }) {
  const [consultants, setConsultants] = useState(() => row?.consultants.join(', ') ?? '')
  const [reviewers, setReviewers] = useState(() => row?.reviewers.join(', ') ?? '')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (busy) return
    const people = { consultants: parseNames(consultants), reviewers: parseNames(reviewers) }
    setBusy(true)
    setError(undefined)
    try {
      onDone(describeShareOutcome(await useTeamStore.getState().share(auditId, people), people))
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
      setBusy(false)
    }
  }

  return (
    <form id={FORM_ID} className="form" noValidate onSubmit={submit}>
      <p>
        Consultants answer and write with you; reviewers read and comment, and cannot change
        answers.
      </p>
      <NamesField
        id="share-consultants"
        label="Consultants"
        value={consultants}
        onChange={setConsultants}
      />
      <NamesField
        id="share-reviewers"
        label="Reviewers"
        value={reviewers}
        onChange={setReviewers}
      />
      <div role="alert">{error && <p className="field__error">{error}</p>}</div>
      {busy && <p role="status">Sharing…</p>}
    </form>
  )
}

/** Who is on a shared audit, for the people who cannot change it. */
function PeopleOf({ row }: { row: TeamAuditRow }) {
  const list = (names: string[]) => (names.length > 0 ? names.join(', ') : 'nobody')
  return (
    <>
      <dl className="team-connected__facts">
        <dt>Shared by</dt>
        <dd>{row.owner}</dd>
        <dt>Consultants</dt>
        <dd>{list(row.consultants)}</dd>
        <dt>Reviewers</dt>
        <dd>{list(row.reviewers)}</dd>
      </dl>
      <p className="muted">Only {row.owner}, who shared this audit, can change who is on it.</p>
    </>
  )
}

/** User names, as typed: comma-separated (see NAMES_HINT). */
function NamesField(props: {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
}) {
  return (
    <Field id={props.id} label={props.label} hint={NAMES_HINT}>
      {(control) => (
        <input
          {...control}
          className="input"
          spellCheck={false}
          autoComplete="off"
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </Field>
  )
}
