import { useEffect, useState } from 'react'
import type { Finding } from '@core/findings'

/**
 * The finding the route names (`sectionId/questionId`), to be brought into view and focus by the
 * list once it is shown, clearing the filters first if they hide it. Once per arrival: moving
 * about the list afterwards is the user's. The list is virtualised, so the card may not be
 * rendered yet: the list scrolls to it (`showing`) and calls `shown` when it has focused it.
 */
export function useFocusedFinding(
  target: string | undefined,
  findings: readonly Finding[] | undefined,
  listed: readonly Finding[],
  clearFilters: () => void,
): { showing: string | undefined; shown: () => void } {
  const [seeking, setSeeking] = useState(target)
  useEffect(() => setSeeking(target), [target])
  useEffect(() => {
    if (!seeking || !findings) return
    if (!findings.some((f) => f.key === seeking)) return setSeeking(undefined) // no longer one
    if (!listed.some((f) => f.key === seeking)) clearFilters()
  }, [seeking, findings, listed, clearFilters])
  const showing =
    seeking !== undefined && listed.some((f) => f.key === seeking) ? seeking : undefined
  return { showing, shown: () => setSeeking(undefined) }
}
