import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { Router } from 'wouter'
import { TEAM_OFF, type TeamStatus } from '../../team/team-status'
import { TeamStatusView } from './TeamStatusIndicator'

function render(status: TeamStatus): string {
  return renderToStaticMarkup(
    <Router ssrPath="/audits">
      <TeamStatusView status={status} />
    </Router>,
  )
}

describe('TeamStatusView', () => {
  it('renders nothing in solo use', () => {
    expect(render(TEAM_OFF)).toBe('')
  })

  it('says how the sync stands, named for assistive technology, and links to Settings → Team', () => {
    const html = render({ ...TEAM_OFF, state: 'waiting', waiting: 3 })
    expect(html).toContain('role="status"')
    expect(html).toContain('aria-label="Team workspace: 3 changes waiting"')
    expect(html).toContain('href="/settings/team"')
    expect(html).toContain('>3 changes waiting</a>')
    expect(html).not.toContain('--attention')
  })

  it('draws attention when the user must act: signed out, conflicts', () => {
    expect(render({ ...TEAM_OFF, state: 'signed-out' })).toContain('shell__team-link--attention')
    expect(render({ ...TEAM_OFF, state: 'synced', conflicts: 2 })).toContain(
      '>2 conflicts · Synced</a>',
    )
  })
})
