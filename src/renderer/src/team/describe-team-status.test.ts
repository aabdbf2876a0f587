import { describe, expect, it } from 'vitest'
import { describeTeamStatus } from './describe-team-status'
import { TEAM_OFF, type TeamStatus } from './team-status'

const status = (overrides: Partial<TeamStatus>): TeamStatus => ({ ...TEAM_OFF, ...overrides })

describe('describeTeamStatus', () => {
  it.each<[Partial<TeamStatus>, string]>([
    [{ state: 'off' }, ''],
    [{ state: 'connecting' }, 'Connecting…'],
    [{ state: 'synced' }, 'Synced'],
    [{ state: 'waiting', waiting: 3 }, '3 changes waiting'],
    [{ state: 'waiting', waiting: 1 }, '1 change waiting'],
    [{ state: 'waiting', waiting: 0 }, 'Synced'],
    [{ state: 'offline' }, 'Offline'],
    [{ state: 'offline', waiting: 2 }, 'Offline, 2 changes waiting'],
    [{ state: 'waiting', files: 1 }, '1 file waiting'],
    [{ state: 'waiting', waiting: 2, files: 3 }, '2 changes and 3 files waiting'],
    [{ state: 'offline', files: 2 }, 'Offline, 2 files waiting'],
    [{ state: 'synced', conflicts: 2 }, '2 conflicts · Synced'],
    [{ state: 'waiting', waiting: 4, conflicts: 1 }, '1 conflict · 4 changes waiting'],
    [{ state: 'synced', refused: 1 }, '1 change refused · Synced'],
    [{ state: 'signed-out', waiting: 5, conflicts: 1 }, 'Signed out — sign in again'],
  ])('%o → “%s”', (overrides, text) => {
    expect(describeTeamStatus(status(overrides))).toBe(text)
  })
})
