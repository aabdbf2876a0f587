import { useEffect, useState } from 'react'
import { onDatabaseChange } from '../../db/queries/database-changes'

/**
 * How many times the database has changed while `listening`, counted a moment after each burst
 * of writes: the search worker hears of a write through a broadcast of its own, and this leaves
 * it the time to, so a search asked again then finds what was written (a note saved as the
 * search opened, say).
 */
const SETTLE_MS = 150

export function useDatabaseChanges(listening: boolean): number {
  const [count, setCount] = useState(0)
  useEffect(() => {
    if (!listening) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const stop = onDatabaseChange(() => {
      clearTimeout(timer)
      timer = setTimeout(() => setCount((n) => n + 1), SETTLE_MS)
    })
    return () => {
      stop()
      clearTimeout(timer)
    }
  }, [listening])
  return count
}
