import { z } from 'zod'
import type { StoredTeamCredentials, WorkbookApi } from '@shared/ipc-contract'
import { parseServerAddress } from '@shared/team-server'
import { askSession } from '@shared/team-session'

/**
 * The team workspace's credentials in a plain browser (development, end-to-end tests): kept for
 * this tab's session only, since a browser has no keychain the page may use. Closing the tab
 * forgets them; the next start asks for the password again.
 */

const KEY = 'audit-workbook.team-credentials'

const storedSchema = z.strictObject({
  server: z.string().max(2048),
  username: z.string().min(1).max(200),
  password: z.string().min(1).max(1024),
})

export function browserTeam(
  /** Asked at each call: the bridge is made before any page code needs storage. */
  storage: () => Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
  fetchImpl: typeof fetch,
): WorkbookApi['team'] {
  return {
    askSession: (question) => askSession((url, init) => fetchImpl(url, init), question),
    async saveCredentials(credentials) {
      const address = parseServerAddress(credentials.server)
      if (!address.ok) throw new Error(address.error)
      storage().setItem(KEY, JSON.stringify({ ...credentials, server: address.server }))
      return { kept: 'session' }
    },
    async loadCredentials(): Promise<StoredTeamCredentials | null> {
      const text = storage().getItem(KEY)
      if (text === null) return null
      try {
        const stored = storedSchema.parse(JSON.parse(text))
        const address = parseServerAddress(stored.server)
        return address.ok ? { ...stored, server: address.server, kept: 'session' } : null
      } catch {
        return null // altered by hand: as if none were stored
      }
    },
    async clearCredentials() {
      storage().removeItem(KEY)
      return { cleared: true }
    },
  }
}
