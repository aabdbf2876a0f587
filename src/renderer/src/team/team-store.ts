import { create } from 'zustand'
import { UserFacingError } from '@shared/errors'
import type { WorkbookDatabase } from '../db/database'
import type { ShareOutcome, SharePeople } from './share-audit'
import { TEAM_OFF, type TeamAccount, type TeamStatus } from './team-status'

export interface TeamCredentials {
  server: string
  username: string
  password: string
}

/** A running connection to the workspace: replication of every shared audit, and its status. */
export interface TeamConnection {
  account: TeamAccount
  share(auditId: string, people: SharePeople): Promise<ShareOutcome>
  stop(): Promise<void>
}

export interface TeamStore {
  account: TeamAccount | null
  status: TeamStatus
  /**
   * Starts syncing every shared audit with the server, as the account given (already signed in:
   * see `signIn`). Replaces a running connection.
   */
  connect(db: WorkbookDatabase, account: TeamAccount, password: string): Promise<void>
  /** Stops syncing; what is saved here stays, and is sent at the next connection. */
  disconnect(): Promise<void>
  /** Shares an audit with named colleagues; only while connected (the server is asked). */
  share(auditId: string, people: SharePeople): Promise<ShareOutcome>
}

let connection: TeamConnection | null = null

export const useTeamStore = create<TeamStore>((set) => ({
  account: null,
  status: TEAM_OFF,
  async connect(db, account, password) {
    await connection?.stop()
    connection = null
    set({ account, status: { ...TEAM_OFF, state: 'connecting' } })
    // Loaded on first connection: solo use never loads PouchDB.
    const { startConnection } = await import('./team-connection')
    connection = await startConnection(db, account, password, (status) => set({ status }))
  },
  async share(auditId, people) {
    if (!connection)
      throw new UserFacingError(
        'Connect to the team workspace in Settings → Team to share an audit.',
      )
    return connection.share(auditId, people)
  },
  async disconnect() {
    await connection?.stop()
    connection = null
    set({ account: null, status: TEAM_OFF })
  },
}))
