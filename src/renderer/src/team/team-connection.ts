import type { WorkbookDatabase } from '../db/database'
import { startTeamEngine } from './team-engine'
import type { TeamAccount, TeamStatus } from './team-status'
import type { TeamConnection } from './team-store'

/** Starts replicating every shared audit of this laptop with the workspace. */
export async function startConnection(
  db: WorkbookDatabase,
  account: TeamAccount,
  password: string,
  onStatus: (status: TeamStatus) => void,
): Promise<TeamConnection> {
  const engine = startTeamEngine({ db, account, password, onStatus })
  return {
    account,
    share: (auditId, people) => engine.share(auditId, people),
    stop: () => engine.stop(),
  }
}
