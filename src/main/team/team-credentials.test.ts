import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHandlers } from '../ipc/handlers'
import { registerHandlers } from '../ipc/register-handlers'
import { createFakeIpcMain } from '../ipc/test-support/fake-ipc-main'
import { createTeamCredentialsStore, type KeychainLike } from './team-credentials'

let folder: string
let filePath: string
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'team-credentials-'))
  filePath = path.join(folder, 'team-credentials.json')
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

/** A keychain that "encrypts" by reversing bytes and tagging them, so a test can tell. */
function fakeKeychain(available = true, backend?: string): KeychainLike {
  return {
    isAsyncEncryptionAvailable: async () => available,
    encryptStringAsync: async (text) => encrypt(text),
    decryptStringAsync: async (bytes) => {
      if (!bytes.subarray(0, 4).equals(Buffer.from('enc:'))) throw new Error('not ours')
      return { result: Buffer.from(bytes.subarray(4)).reverse().toString(), shouldReEncrypt: false }
    },
    ...(backend ? { getSelectedStorageBackend: () => backend } : {}),
  }
}
const encrypt = (text: string) => Buffer.concat([Buffer.from('enc:'), Buffer.from(text).reverse()])

const credentials = { server: 'https://couch.example.com/', username: 'ana', password: 'hunter2' }

describe('team credentials in the keychain', () => {
  it('keeps the password encrypted on disk, reads it back, and allows the origin meanwhile', async () => {
    const store = createTeamCredentialsStore({ filePath, keychain: fakeKeychain() })
    expect(store.connectedOrigin()).toBeNull()

    expect(await store.save(credentials)).toBe('keychain')

    expect(await readFile(filePath, 'utf8')).not.toContain('hunter2')
    expect(store.connectedOrigin()).toBe('https://couch.example.com')
    const restarted = createTeamCredentialsStore({ filePath, keychain: fakeKeychain() })
    expect(restarted.connectedOrigin()).toBeNull()
    expect(await restarted.load()).toEqual({
      ...credentials,
      server: 'https://couch.example.com',
      kept: 'keychain',
    })
    expect(restarted.connectedOrigin()).toBe('https://couch.example.com')
  })

  it('forgets them and forbids the origin on clear', async () => {
    const store = createTeamCredentialsStore({ filePath, keychain: fakeKeychain() })
    await store.save(credentials)
    await store.clear()
    expect(store.connectedOrigin()).toBeNull()
    expect(await store.load()).toBeNull()
    await expect(store.clear()).resolves.toBeUndefined() // nothing stored: still fine
  })

  it.each([
    ['no keychain', fakeKeychain(false)],
    // Linux without a keyring: its "encryption" uses a key written in Chromium's source.
    ['Linux’s fixed-key fallback', fakeKeychain(true, 'basic_text')],
  ])(
    'with %s, keeps them in memory until the app quits, never on disk',
    async (_what, keychain) => {
      // A file from a time the keychain worked must not come back in place of the new ones.
      await createTeamCredentialsStore({ filePath, keychain: fakeKeychain() }).save({
        ...credentials,
        username: 'old',
      })
      const store = createTeamCredentialsStore({ filePath, keychain })

      expect(await store.save(credentials)).toBe('session')

      await expect(readFile(filePath)).rejects.toThrow(/ENOENT/)
      expect(store.connectedOrigin()).toBe('https://couch.example.com')
      expect(await store.load()).toEqual({
        ...credentials,
        server: 'https://couch.example.com',
        kept: 'session',
      })
      const restarted = createTeamCredentialsStore({ filePath, keychain })
      expect(await restarted.load()).toBeNull()
      expect(restarted.connectedOrigin()).toBeNull()
      await store.clear()
      expect(await store.load()).toBeNull()
      expect(store.connectedOrigin()).toBeNull()
    },
  )

  it('uses a Linux keyring when there is one', async () => {
    const store = createTeamCredentialsStore({
      filePath,
      keychain: fakeKeychain(true, 'gnome_libsecret'),
    })
    expect(await store.save(credentials)).toBe('keychain')
  })

  it('refuses a plain-http address that is not loopback', async () => {
    const store = createTeamCredentialsStore({ filePath, keychain: fakeKeychain() })
    await expect(
      store.save({ ...credentials, server: 'http://couch.example.com' }),
    ).rejects.toThrow(/must start with https:\/\//)
    expect(store.connectedOrigin()).toBeNull()
  })

  it.each([
    ['none stored', null],
    ['not JSON', 'garbage'],
    ['another shape', JSON.stringify({ version: 2, server: 'https://a.example' })],
    [
      'another keychain’s secret',
      JSON.stringify({
        version: 1,
        server: 'https://couch.example.com',
        username: 'ana',
        secret: Buffer.from('someone else').toString('base64'),
      }),
    ],
    [
      'an http server altered in by hand',
      JSON.stringify({
        version: 1,
        server: 'http://evil.example',
        username: 'ana',
        secret: encrypt('x').toString('base64'),
      }),
    ],
  ])('loads null, and allows no origin, for %s', async (_what, content) => {
    if (content !== null) await writeFile(filePath, content)
    const store = createTeamCredentialsStore({ filePath, keychain: fakeKeychain() })
    expect(await store.load()).toBeNull()
    expect(store.connectedOrigin()).toBeNull()
  })

  it('loads null when the keychain became unavailable since they were stored', async () => {
    await createTeamCredentialsStore({ filePath, keychain: fakeKeychain() }).save(credentials)
    const store = createTeamCredentialsStore({ filePath, keychain: fakeKeychain(false) })
    expect(await store.load()).toBeNull()
  })
})

describe('team:* channels', () => {
  function setup(keychain = fakeKeychain()) {
    const ipcMain = createFakeIpcMain()
    const unused = () => {
      throw new Error('not called')
    }
    const store = createTeamCredentialsStore({ filePath, keychain })
    const asked: string[] = []
    const fetch = async (url: string) => {
      asked.push(url)
      return new Response(JSON.stringify({ ok: true, userCtx: { name: 'ana', roles: [] } }), {
        headers: { 'Content-Type': 'application/json' },
      })
    }
    const handlers = createHandlers({
      app: { getName: unused, getVersion: unused, getPath: unused },
      platform: 'linux',
      dialogs: { showSaveDialog: unused, showOpenDialog: unused },
      shell: { showItemInFolder: unused, openExternal: unused, openPath: unused },
      team: { credentials: store, fetch },
    })
    registerHandlers(ipcMain, handlers, { isTrustedSender: () => true })
    return { ipcMain, store, asked }
  }

  it('saves, loads and clears through IPC', async () => {
    const { ipcMain, store } = setup()
    expect(await ipcMain.invoke('team:credentials:save', credentials)).toEqual({
      ok: true,
      value: { kept: 'keychain' },
    })
    expect(store.connectedOrigin()).toBe('https://couch.example.com')
    expect(await ipcMain.invoke('team:credentials:load', undefined)).toEqual({
      ok: true,
      value: { ...credentials, server: 'https://couch.example.com', kept: 'keychain' },
    })
    expect(await ipcMain.invoke('team:credentials:clear', undefined)).toEqual({
      ok: true,
      value: { cleared: true },
    })
    expect(await ipcMain.invoke('team:credentials:load', undefined)).toEqual({
      ok: true,
      value: null,
    })
  })

  it('says when the password is kept only until the app quits', async () => {
    const { ipcMain } = setup(fakeKeychain(false))
    expect(await ipcMain.invoke('team:credentials:save', credentials)).toEqual({
      ok: true,
      value: { kept: 'session' },
    })
  })

  it('refuses an empty password or an extra field before the handler', async () => {
    const { ipcMain } = setup()
    const empty = await ipcMain.invoke('team:credentials:save', { ...credentials, password: '' })
    expect(empty).toMatchObject({ ok: false, error: expect.stringMatching(/not valid/) })
    const extra = await ipcMain.invoke('team:credentials:save', { ...credentials, roles: [] })
    expect(extra).toMatchObject({ ok: false, error: expect.stringMatching(/not valid/) })
  })

  it('asks the server’s /_session from main, and nothing but https or loopback', async () => {
    const { ipcMain, asked } = setup()
    expect(await ipcMain.invoke('team:ask-session', credentials)).toEqual({
      ok: true,
      value: { reached: true, status: 200, session: { name: 'ana', roles: [] } },
    })
    expect(asked).toEqual(['https://couch.example.com/_session'])
    const plain = await ipcMain.invoke('team:ask-session', {
      ...credentials,
      server: 'http://169.254.169.254/latest',
    })
    expect(plain).toEqual({ ok: true, value: { reached: false } })
    expect(asked).toHaveLength(1)
  })
})
