import type { ReactNode } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { Redirect, useLocation } from 'wouter'
import { useDatabase } from '../../db/DatabaseContext'
import { loadProfile } from '../../db/repositories/settings'

/**
 * Sends a first-time user to the welcome screen before their first audit, so every audit knows
 * its auditor. The library and settings stay open to browse.
 */
export function FirstRunGate({ children }: { children: ReactNode }) {
  const db = useDatabase()
  const [location] = useLocation()
  // `null` while loading, so "no profile yet" (undefined → false) is told apart.
  const hasProfile = useLiveQuery(async () => (await loadProfile(db)) !== undefined, [db], null)
  if (hasProfile === null) return null
  if (!hasProfile && (location === '/' || location.startsWith('/audits')))
    return <Redirect to="/welcome" replace />
  return <>{children}</>
}
