import { useQuestionEvidence } from '../../db/queries/useEvidence'

/**
 * Beside a "verified" basis: the evidence behind the answer, or a reminder that there is none
 * yet (a verified answer without evidence is only stated).
 */
export function EvidenceBasisNote({
  auditId,
  questionKey,
}: {
  auditId: string
  questionKey: string
}) {
  const items = useQuestionEvidence(auditId, questionKey)
  if (items === undefined) return null
  if (items.length === 0) {
    return <span className="basis-note basis-note--missing">No evidence attached yet</span>
  }
  const names = items.map((item) => item.caption || item.fileName)
  const shown = names.slice(0, 3).join(', ')
  const more = names.length > 3 ? ` and ${names.length - 3} more` : ''
  return (
    <span className="basis-note">
      Backed by {shown}
      {more}
    </span>
  )
}
