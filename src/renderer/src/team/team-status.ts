/** Where the team workspace stands, as the app bar shows it (issue 18). */
export type TeamState =
  /** No workspace: solo use, no network request ever. */
  | 'off'
  | 'connecting'
  /** Everything saved here is on the server, and the server's changes are here. */
  | 'synced'
  /** Changes or evidence files saved here are still to reach the server (the counts say how many). */
  | 'waiting'
  /** The server cannot be reached; work goes on and is sent later. */
  | 'offline'
  /** The server no longer accepts the stored password: sign in again. */
  | 'signed-out'

export interface TeamStatus {
  state: TeamState
  /** Changes saved here that the server does not hold yet. */
  waiting: number
  /** Evidence files captured here that the server does not hold yet (their items it may). */
  files: number
  /** Open conflicts across shared audits. */
  conflicts: number
  /** Changes the server refused (a reviewer's change, a final audit), kept here only. */
  refused: number
  /** The last error worth telling, in words. */
  message?: string
}

export const TEAM_OFF: TeamStatus = { state: 'off', waiting: 0, files: 0, conflicts: 0, refused: 0 }

/** Who is signed in to which server. The password is held by the connection, never here. */
export interface TeamAccount {
  /** The server's origin and path, e.g. `https://couch.example.com`; no credentials in it. */
  server: string
  username: string
  roles: string[]
}

/** The firm's admins may share audits (databases are created by an admin) and change final ones. */
export function isFirmAdmin(account: Pick<TeamAccount, 'roles'>): boolean {
  return account.roles.includes('_admin') || account.roles.includes('workbook-admin')
}
