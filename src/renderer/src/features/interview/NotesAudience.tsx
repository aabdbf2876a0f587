import { InternalBadge } from '../../components/InternalBadge'

interface NotesAudienceProps {
  internal: boolean
  readOnly: boolean
  onChange: (internal: boolean) => void
  /** The badge's id, so that the notes field can be described by it. */
  badgeId: string
}

/**
 * Who the notes are for, beside them: a toggle (also the I key) and, while they are internal, a
 * badge saying the client edition leaves them out.
 */
export function NotesAudience({ internal, readOnly, onChange, badgeId }: NotesAudienceProps) {
  return (
    <span className="notes-audience">
      {internal && <InternalBadge id={badgeId} />}
      <button
        type="button"
        className="toggle toggle--small toggle--internal"
        aria-pressed={internal}
        aria-keyshortcuts="I"
        disabled={readOnly}
        onClick={() => onChange(!internal)}
      >
        Internal notes
      </button>
    </span>
  )
}
