import { Link } from 'wouter'
import { describeTeamStatus } from '../../team/describe-team-status'
import type { TeamStatus } from '../../team/team-status'
import { useTeamStore } from '../../team/team-store'
import './team.css'

/**
 * The team workspace's status in the app bar, always visible while one is connected (issue 18);
 * it leads to Settings → Team. Nothing at all in solo use.
 */
export function TeamStatusIndicator() {
  return <TeamStatusView status={useTeamStore((s) => s.status)} />
}

export function TeamStatusView({ status }: { status: TeamStatus }) {
  if (status.state === 'off') return null
  const text = describeTeamStatus(status)
  const needsUser = status.state === 'signed-out' || status.conflicts > 0 || status.refused > 0
  return (
    <div role="status" aria-label={`Team workspace: ${text}`} className="shell__team">
      <Link
        href="/settings/team"
        className={`shell__team-link${needsUser ? ' shell__team-link--attention' : ''}`}
        data-state={status.state}
      >
        {text}
      </Link>
    </div>
  )
}
