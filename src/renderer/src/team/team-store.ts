import { create } from 'zustand'
import type { ContentPack } from '@core/content'
import { UserFacingError } from '@shared/errors'
import type { WorkbookDatabase } from '../db/database'
import type { LibraryListing } from './firm-library'
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
  readLibrary(): Promise<LibraryListing>
  publishToLibrary(pack: ContentPack): Promise<void>
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
  /** The firm library's pack versions (issue 18); only while connected (the server is asked). */
  readLibrary(): Promise<LibraryListing>
  /** Publishes an installed pack version to the firm library; only while connected. */
  publishToLibrary(pack: ContentPack): Promise<void>
}

let connection: TeamConnection | null = null

/** The connection, or why there is none, in words. */
function connected(action: string): TeamConnection {
  if (!connection)
    throw new UserFacingError(`Connect to the team workspace in Settings → Team to ${action}.`)
  return connection
}

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
    return connected('share an audit').share(auditId, people)
  },
  async readLibrary() {
    return connected('see the team library').readLibrary()
  },
  async publishToLibrary(pack) {
    return connected('publish to the team library').publishToLibrary(pack)
  },
  async disconnect() {
    await connection?.stop()
    connection = null
    set({ account: null, status: TEAM_OFF })
  },
}))
