import { useEffect, useState } from 'react'
import type { Finding } from '@core/findings'
import { findingCardId } from './FindingCard'

/**
 * Brings the finding the route names (`sectionId/questionId`) into view and focus once it is
 * shown, clearing the filters first if they hide it. Once per arrival: moving about the list
 * afterwards is the user's.
 */
export function useFocusedFinding(
  target: string | undefined,
  findings: readonly Finding[] | undefined,
  shown: readonly Finding[],
  clearFilters: () => void,
): void {
  const [seeking, setSeeking] = useState(target)
  useEffect(() => setSeeking(target), [target])
  useEffect(() => {
    if (!seeking || !findings) return
    if (!findings.some((f) => f.key === seeking)) return setSeeking(undefined) // no longer one
    if (!shown.some((f) => f.key === seeking)) return clearFilters()
    const card = document.getElementById(findingCardId(seeking))
    if (!card) return
    card.scrollIntoView({ block: 'center' })
    card.focus()
    setSeeking(undefined)
  }, [seeking, findings, shown, clearFilters])
}
