import type { WorkbookDatabase } from '../db/database'
import { publishToFirmLibrary, readFirmLibrary } from './firm-library'
import { startTeamEngine } from './team-engine'
import type { TeamAccount, TeamStatus } from './team-status'
import type { TeamConnection } from './team-store'
import { workspaceHttp } from './workspace-http'

/** Starts replicating every shared audit of this laptop with the workspace; the firm library
 * is read and written on demand, with the same credentials. */
export async function startConnection(
  db: WorkbookDatabase,
  account: TeamAccount,
  password: string,
  onStatus: (status: TeamStatus) => void,
): Promise<TeamConnection> {
  const engine = startTeamEngine({ db, account, password, onStatus })
  const http = workspaceHttp(account, password)
  return {
    account,
    share: (auditId, people) => engine.share(auditId, people),
    readLibrary: () => readFirmLibrary(http),
    publishToLibrary: (pack) => publishToFirmLibrary(http, account, pack, Date.now()),
    stop: () => engine.stop(),
  }
}
