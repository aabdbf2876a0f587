import type { ReactNode } from 'react'
import { Redirect, useLocation } from 'wouter'
import { useSetting } from '../../db/queries/useSetting'
import { profileSetting } from '../../db/settings/known-settings'

/**
 * Sends a first-time user to the welcome screen before their first audit, so every audit knows
 * its auditor. The library and settings stay open to browse.
 */
export function FirstRunGate({ children }: { children: ReactNode }) {
  const [location] = useLocation()
  const profile = useSetting(profileSetting)
  if (profile === undefined) return null
  if (profile.value === undefined && (location === '/' || location.startsWith('/audits')))
    return <Redirect to="/welcome" replace />
  return <>{children}</>
}
