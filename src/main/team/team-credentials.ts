import * as nodeFs from 'node:fs/promises'
import { z } from 'zod'
import { UserFacingError } from '@shared/errors'
import type { CredentialsKept, StoredTeamCredentials, TeamCredentials } from '@shared/ipc-contract'
import { parseServerAddress } from '@shared/team-server'
import { writeFileAtomic, type AtomicWriteFs } from '../files/atomic-write'

/**
 * The team workspace's credentials (issue 18), kept in a file in userData whose password is
 * encrypted by the operating system's keychain (`safeStorage`). The store is also the one place
 * main learns which server origin is connected: the request filter and the CSP ask it.
 */

/** The slice of Electron's `safeStorage` used (its asynchronous API; the sync one is deprecated). */
export interface KeychainLike {
  isAsyncEncryptionAvailable(): Promise<boolean>
  encryptStringAsync(plainText: string): Promise<Buffer>
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>
  /**
   * Linux only: `basic_text` when no keyring (GNOME Keyring, KWallet) was found, and then the
   * "encryption" uses a key written in Chromium's source: no better than plain text.
   */
  getSelectedStorageBackend?(): string
}

export interface TeamCredentialsStore {
  /** In the keychain; without one, in memory until the app quits (never in a file in clear). */
  save(credentials: TeamCredentials): Promise<CredentialsKept>
  /** Null when none are kept, the file is damaged, or the keychain cannot decrypt it. */
  load(): Promise<StoredTeamCredentials | null>
  clear(): Promise<void>
  /** The connected server's origin, allowed by the CSP and the request filter; else null. */
  connectedOrigin(): string | null
}

// The server and name are not secret (they are in the app's settings too); only the password is
// encrypted. Version 1 is this shape; a later one would be refused, not misread.
const fileSchema = z.strictObject({
  version: z.literal(1),
  server: z.string().max(2048),
  username: z.string().min(1).max(200),
  secret: z.string().max(8192),
})

export function createTeamCredentialsStore(options: {
  filePath: string
  keychain: KeychainLike
  fs?: AtomicWriteFs & Pick<typeof nodeFs, 'readFile'>
}): TeamCredentialsStore {
  const { filePath, keychain } = options
  const fs = options.fs ?? nodeFs
  let origin: string | null = null
  /** Credentials kept without a keychain, for this run of the app only. */
  let inMemory: TeamCredentials | null = null

  const keychainUsable = async (): Promise<boolean> =>
    (await keychain.isAsyncEncryptionAvailable()) &&
    keychain.getSelectedStorageBackend?.() !== 'basic_text'

  async function write(credentials: TeamCredentials & { server: string }): Promise<void> {
    const secret = (await keychain.encryptStringAsync(credentials.password)).toString('base64')
    const file = { version: 1, server: credentials.server, username: credentials.username, secret }
    await writeFileAtomic(filePath, JSON.stringify(file), fs)
  }

  async function readStored(): Promise<StoredTeamCredentials | null> {
    let text: string
    try {
      text = await fs.readFile(filePath, 'utf8')
    } catch {
      return null // none stored
    }
    try {
      const stored = fileSchema.parse(JSON.parse(text))
      const address = parseServerAddress(stored.server)
      if (!address.ok || !(await keychainUsable())) return null
      const decrypted = await keychain.decryptStringAsync(Buffer.from(stored.secret, 'base64'))
      const password = decrypted.result
      if (password === '') return null
      const credentials = { server: address.server, username: stored.username, password }
      // The keychain's key was rotated: encrypt again with the new one (a failure only means
      // the old encryption stays until next time).
      if (decrypted.shouldReEncrypt) await write(credentials).catch(() => undefined)
      return { ...credentials, kept: 'keychain' }
    } catch {
      // Damaged, or encrypted by another user's or machine's keychain: as if none were stored.
      return null
    }
  }

  return {
    async save(credentials) {
      const address = parseServerAddress(credentials.server)
      if (!address.ok) throw new UserFacingError(address.error)
      const normalised = { ...credentials, server: address.server }
      let kept: CredentialsKept
      if (await keychainUsable()) {
        await write(normalised)
        inMemory = null
        kept = 'keychain'
      } else {
        // No keychain (or Linux's fixed-key fallback): nothing goes to disk, and an older file
        // is removed so that it cannot come back at the next start in place of these.
        await fs.rm(filePath, { force: true })
        inMemory = normalised
        kept = 'session'
      }
      origin = address.origin
      return kept
    },
    async load() {
      const stored: StoredTeamCredentials | null = inMemory
        ? { ...inMemory, kept: 'session' }
        : await readStored()
      origin = stored ? new URL(stored.server).origin : null
      return stored
    },
    async clear() {
      origin = null
      inMemory = null
      await fs.rm(filePath, { force: true })
    },
    connectedOrigin: () => origin,
  }
}
