/**
 * Marks notes or an evidence item the client edition leaves out, in words (not colour alone),
 * wherever they are shown; `short` where space is tight (an evidence tile).
 */
export function InternalBadge({ id, short = false }: { id?: string; short?: boolean }) {
  return (
    <span id={id} className="tag tag--internal">
      {short ? 'Internal' : 'Internal · not in the client edition'}
    </span>
  )
}
