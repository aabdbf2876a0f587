import type { WorkbookApi } from '@shared/ipc-contract'
import type { WorkbookDatabase } from '../db/database'
import { loadSetting } from '../db/queries/settings'
import { saveSetting } from '../db/repositories/settings'
import { teamSetting } from '../db/settings/known-settings'
import { getBridge } from '../platform/bridge'
import { signIn, type AskSession, type SignInInput, type SignInResult } from './sign-in'
import { TEAM_OFF, type TeamAccount } from './team-status'
import { useTeamStore } from './team-store'

/**
 * Connecting this laptop to the team workspace and leaving it (issue 18), between the sign-in
 * check, the stored credentials, the `team` setting and the store that runs the sync. The
 * renderer's only way in: Settings → Team and the app's start call these.
 */

export interface WorkspaceDeps {
  team: WorkbookApi['team']
  ask?: AskSession
  /**
   * Called after the credentials are stored, in the desktop app: the page's CSP is fixed when it
   * loads, and names the server only in a page loaded after main allowed its origin. The
   * reloaded page connects at start (`resumeWorkspace`). Absent in a browser, whose CSP is static.
   */
  reload?: () => void
}

async function defaultDeps(): Promise<WorkspaceDeps> {
  const bridge = getBridge()
  const { runtime } = await bridge.appInfo()
  return {
    team: bridge.team,
    ...(runtime === 'electron' ? { reload: () => window.location.reload() } : {}),
  }
}

/**
 * Signs in, then keeps the credentials (the keychain) and the server and name (the setting), then
 * syncs. Nothing is stored when the sign-in fails; its error is returned for the form.
 */
export async function connectWorkspace(
  db: WorkbookDatabase,
  input: SignInInput,
  deps?: WorkspaceDeps,
): Promise<SignInResult> {
  const { team, ask, reload } = deps ?? (await defaultDeps())
  const result = await signIn(input, ask ?? team.askSession)
  if (!result.ok) return result
  const { account } = result
  const credentials = {
    server: account.server,
    username: account.username,
    password: input.password,
  }
  // Credentials first: main refuses them without a keychain, and then nothing is kept.
  await team.saveCredentials(credentials)
  await saveSetting(db, teamSetting, { server: account.server, username: account.username })
  if (reload) reload()
  else await useTeamStore.getState().connect(db, account, input.password)
  return result
}

/**
 * At start: connects when a workspace is set up and its password is stored. Solo use (no
 * setting) asks nothing of anyone and loads no sync code. A stored password the server refuses
 * leaves the workspace signed out, to sign in again in Settings; it is not tried again.
 */
export async function resumeWorkspace(db: WorkbookDatabase, deps?: WorkspaceDeps): Promise<void> {
  const setting = await loadSetting(db, teamSetting)
  if (setting === null) return
  const { team, ask } = deps ?? (await defaultDeps())
  const stored = await team.loadCredentials()
  if (!stored || stored.server !== setting.server || stored.username !== setting.username) return
  const result = await signIn(stored, ask ?? team.askSession)
  if (result.ok) {
    await useTeamStore.getState().connect(db, result.account, stored.password)
    return
  }
  const account: TeamAccount = { server: setting.server, username: setting.username, roles: [] }
  if (result.reason === 'refused') {
    useTeamStore.setState({
      account,
      status: { ...TEAM_OFF, state: 'signed-out', message: result.error },
    })
    return
  }
  // Offline-first: a laptop that starts without the network (or behind a page that is not the
  // server, like a hotel's sign-in page) still syncs once the server can be reached. Its roles
  // are unknown until then, so it is not treated as a firm admin meanwhile.
  await useTeamStore.getState().connect(db, account, stored.password)
}

/**
 * Stops syncing and forgets the password; what is saved here stays. The setting stays too, so
 * the form offers the same server and name next time. No reload: the page's CSP still names the
 * server until the next load, but main's request filter refuses its origin from this moment.
 */
export async function disconnectWorkspace(deps?: Pick<WorkspaceDeps, 'team'>): Promise<void> {
  const { team } = deps ?? { team: getBridge().team }
  await useTeamStore.getState().disconnect()
  await team.clearCredentials()
}
