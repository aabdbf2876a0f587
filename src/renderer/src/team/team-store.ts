import { create } from 'zustand'
import type { WorkbookDatabase } from '../db/database'
import { TEAM_OFF, type TeamAccount, type TeamStatus } from './team-status'

export interface TeamCredentials {
  server: string
  username: string
  password: string
}

/** A running connection to the workspace: replication of every shared audit, and its status. */
export interface TeamConnection {
  account: TeamAccount
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
  async disconnect() {
    await connection?.stop()
    connection = null
    set({ account: null, status: TEAM_OFF })
  },
}))
