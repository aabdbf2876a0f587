import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { StoredTeamCredentials, TeamCredentials, WorkbookApi } from '@shared/ipc-contract'
import type { SessionAnswer } from '@shared/team-session'
import { loadSetting } from '../db/queries/settings'
import { saveSetting } from '../db/repositories/settings'
import { teamSetting } from '../db/settings/known-settings'
import { freshDatabase } from '../db/test-support/fixtures'
import { TEAM_OFF } from './team-status'
import { useTeamStore, type TeamStore } from './team-store'
import { connectWorkspace, disconnectWorkspace, resumeWorkspace } from './workspace-session'

const SERVER = 'https://couch.example.com'
const input = { server: `${SERVER}/`, username: 'ana', password: 'hunter2' }
const ANA = { server: SERVER, username: 'ana', roles: ['workbook-admin'] }

const SIGNED_IN: SessionAnswer = {
  reached: true,
  status: 200,
  session: { name: 'ana', roles: ['workbook-admin'] },
}
const REFUSED: SessionAnswer = { reached: true, status: 401, session: null }

/** The bridge's team part, in memory, answering every sign-in with `session`. */
function fakeTeam(session: SessionAnswer = SIGNED_IN) {
  let stored: StoredTeamCredentials | null = null
  const team = {
    askSession: vi.fn(async () => session),
    saveCredentials: vi.fn(async (credentials: TeamCredentials) => {
      stored = { ...credentials, kept: 'keychain' }
      return { kept: 'keychain' as const }
    }),
    loadCredentials: vi.fn(async () => stored),
    clearCredentials: vi.fn(async () => {
      stored = null
      return { cleared: true as const }
    }),
  } satisfies WorkbookApi['team']
  return team
}

let connect: ReturnType<typeof vi.fn<TeamStore['connect']>>
beforeEach(() => {
  // The store's actions replaced: these tests are about what reaches them, not about syncing.
  connect = vi.fn<TeamStore['connect']>(async (_db, account) => {
    useTeamStore.setState({ account, status: { ...TEAM_OFF, state: 'synced' } })
  })
  useTeamStore.setState({
    account: null,
    status: TEAM_OFF,
    connect,
    disconnect: async () => useTeamStore.setState({ account: null, status: TEAM_OFF }),
  })
})

describe('connectWorkspace', () => {
  it('signs in, keeps the credentials and the setting, then syncs as the account', async () => {
    const db = await freshDatabase()
    const team = fakeTeam()
    const result = await connectWorkspace(db, input, { team })

    expect(result).toEqual({ ok: true, account: ANA })
    expect(team.saveCredentials).toHaveBeenCalledWith({ ...input, server: SERVER })
    expect(await loadSetting(db, teamSetting)).toEqual({ server: SERVER, username: 'ana' })
    expect(connect).toHaveBeenCalledWith(db, ANA, 'hunter2')
  })

  it('in the desktop app, reloads instead of connecting (the new page’s CSP names the server)', async () => {
    const db = await freshDatabase()
    const reload = vi.fn()
    await connectWorkspace(db, input, { team: fakeTeam(), reload })
    expect(reload).toHaveBeenCalledOnce()
    expect(connect).not.toHaveBeenCalled()
  })

  it('stores nothing when the server refuses the password', async () => {
    const db = await freshDatabase()
    const team = fakeTeam(REFUSED)
    const result = await connectWorkspace(db, input, { team })
    expect(result).toMatchObject({ ok: false, reason: 'refused' })
    expect(team.saveCredentials).not.toHaveBeenCalled()
    expect(await loadSetting(db, teamSetting)).toBeNull()
    expect(connect).not.toHaveBeenCalled()
  })

  it('keeps no setting when the keychain refuses the credentials', async () => {
    const db = await freshDatabase()
    const team = fakeTeam()
    team.saveCredentials.mockRejectedValueOnce(new Error('no keychain'))
    await expect(connectWorkspace(db, input, { team })).rejects.toThrow('no keychain')
    expect(await loadSetting(db, teamSetting)).toBeNull()
    expect(connect).not.toHaveBeenCalled()
  })
})

describe('resumeWorkspace at start', () => {
  it('in solo use asks nothing of anyone', async () => {
    const db = await freshDatabase()
    const team = fakeTeam()
    await resumeWorkspace(db, { team })
    expect(team.loadCredentials).not.toHaveBeenCalled()
    expect(team.askSession).not.toHaveBeenCalled()
    expect(useTeamStore.getState().status.state).toBe('off')
  })

  it('connects with the stored credentials', async () => {
    const db = await freshDatabase()
    const team = fakeTeam()
    await connectWorkspace(db, input, { team, reload: () => {} })
    await resumeWorkspace(db, { team })
    expect(connect).toHaveBeenCalledWith(db, ANA, 'hunter2')
  })

  it('shows signed out, once, when the stored password is refused', async () => {
    const db = await freshDatabase()
    const team = fakeTeam()
    await connectWorkspace(db, input, { team, reload: () => {} })
    team.askSession.mockResolvedValue(REFUSED)

    await resumeWorkspace(db, { team })

    expect(team.askSession).toHaveBeenCalledTimes(2) // the sign-in, then the one check at start
    expect(connect).not.toHaveBeenCalled()
    expect(useTeamStore.getState()).toMatchObject({
      account: { server: SERVER, username: 'ana' },
      status: { state: 'signed-out', message: expect.stringMatching(/refused/) },
    })
  })

  it('still connects when the server cannot be reached: the sync waits for the network', async () => {
    const db = await freshDatabase()
    const team = fakeTeam()
    await connectWorkspace(db, input, { team, reload: () => {} })
    team.askSession.mockResolvedValue({ reached: false })
    await resumeWorkspace(db, { team })
    expect(connect).toHaveBeenCalledWith(
      db,
      { server: SERVER, username: 'ana', roles: [] },
      'hunter2',
    )
  })

  it('does not connect with credentials stored for another server than the setting’s', async () => {
    const db = await freshDatabase()
    const team = fakeTeam()
    await connectWorkspace(db, input, { team, reload: () => {} })
    await saveSetting(db, teamSetting, { server: 'https://other.example.com', username: 'ana' })
    await resumeWorkspace(db, { team })
    expect(team.askSession).toHaveBeenCalledOnce()
    expect(connect).not.toHaveBeenCalled()
  })
})

describe('disconnectWorkspace', () => {
  it('stops syncing and forgets the password, keeping the server and name', async () => {
    const db = await freshDatabase()
    const team = fakeTeam()
    await connectWorkspace(db, input, { team })
    await disconnectWorkspace({ team })
    expect(useTeamStore.getState().status).toEqual(TEAM_OFF)
    expect(await team.loadCredentials()).toBeNull()
    expect(await loadSetting(db, teamSetting)).toEqual({ server: SERVER, username: 'ana' })
  })
})
