import { useId, useState, type FormEvent } from 'react'
import { formatDateTime } from '../../components/format'
import { useDatabase } from '../../db/DatabaseContext'
import { systemClock } from '../../db/repositories/clock'
import { useTeamDocs } from '../../db/queries/useTeam'
import { addComment } from '../../team/team-docs'
import { mayAddTeamNotes } from './share-people'
import { commentsOn } from './team-docs-view'
import { useTeamRole } from './useTeamRole'
import './team-share.css'

interface AnswerCommentsProps {
  auditId: string
  /** What the comments are on: `answer:<section>:<question>` or `finding:…` (team-docs). */
  target: string
  /** The region's name, e.g. "Comments on this answer". */
  label: string
}

/**
 * The comments on an answer or a finding of a shared audit, for everyone on it, and a box to add
 * one for whoever is on it and signed in (reviewers above all: they comment, not change), until
 * it is final.
 * Nothing at all for an audit that is not shared.
 */
export function AnswerComments({ auditId, target, label }: AnswerCommentsProps) {
  const { row, me, role, firmAdmin } = useTeamRole(auditId)
  const docs = useTeamDocs(auditId)
  const headingId = useId()
  if (!row || !docs) return null
  const comments = commentsOn(docs, target)
  return (
    <section className="team-comments" aria-labelledby={headingId}>
      <h3 id={headingId} className="team-comments__title">
        {label}
      </h3>
      {comments.length === 0 ? (
        <p className="muted team-comments__none">No comments yet.</p>
      ) : (
        <ol className="team-comments__list">
          {comments.map((comment) => (
            <li key={comment._id} className="team-comments__item">
              <p className="team-comments__meta">
                <strong>{comment.by}</strong> · {formatDateTime(comment.at)}
              </p>
              <p className="team-comments__text">{comment.text}</p>
            </li>
          ))}
        </ol>
      )}
      {me !== undefined && mayAddTeamNotes(row, role, firmAdmin) && (
        <CommentForm key={target} auditId={auditId} target={target} author={me} />
      )}
    </section>
  )
}

function CommentForm({
  auditId,
  target,
  author,
}: {
  auditId: string
  target: string
  author: string
}) {
  const db = useDatabase()
  const [text, setText] = useState('')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const fieldId = useId()

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    try {
      await addComment(db, auditId, target, text, author, systemClock.now())
      setText('')
      setError(undefined)
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="team-comments__form" noValidate onSubmit={submit}>
      <label className="field__label" htmlFor={fieldId}>
        Add a comment
      </label>
      <textarea
        id={fieldId}
        className="input"
        rows={2}
        value={text}
        aria-invalid={error ? true : undefined}
        onChange={(e) => setText(e.target.value)}
      />
      <div role="alert">{error && <p className="field__error">{error}</p>}</div>
      <button type="submit" className="button button--small" disabled={busy}>
        Comment
      </button>
    </form>
  )
}
