import { describe, expect, it, vi } from 'vitest'
import { browserTeam } from './browser-team'

/** An in-memory `sessionStorage`. */
function fakeStorage() {
  const items = new Map<string, string>()
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  }
}

const credentials = { server: 'http://127.0.0.1:5984/', username: 'ana', password: 'hunter2' }
const unusedFetch = vi.fn<typeof fetch>()

describe('team credentials in a browser', () => {
  it('keeps them for the session: saved, loaded, cleared', async () => {
    const storage = fakeStorage()
    const team = browserTeam(() => storage, unusedFetch)
    expect(await team.loadCredentials()).toBeNull()

    expect(await team.saveCredentials(credentials)).toEqual({ kept: 'session' })
    expect(await team.loadCredentials()).toEqual({
      ...credentials,
      server: 'http://127.0.0.1:5984',
      kept: 'session',
    })

    expect(await team.clearCredentials()).toEqual({ cleared: true })
    expect(await team.loadCredentials()).toBeNull()
    expect(storage.items.size).toBe(0)
  })

  it('refuses a plain-http server that is not loopback, storing nothing', async () => {
    const storage = fakeStorage()
    const team = browserTeam(() => storage, unusedFetch)
    await expect(
      team.saveCredentials({ ...credentials, server: 'http://couch.example.com' }),
    ).rejects.toThrow(/must start with https:\/\//)
    expect(storage.items.size).toBe(0)
  })

  it.each([
    ['not JSON', '{'],
    ['another shape', '{"server":"https://a.example","username":"ana"}'],
    ['an http server', '{"server":"http://evil.example","username":"ana","password":"x"}'],
  ])('loads nothing from storage holding %s', async (_what, text) => {
    const storage = fakeStorage()
    storage.setItem('audit-workbook.team-credentials', text)
    expect(await browserTeam(() => storage, unusedFetch).loadCredentials()).toBeNull()
  })

  it('asks the server’s /_session from the page', async () => {
    const fakeFetch = vi.fn<typeof fetch>(async () => new Response('{}', { status: 401 }))
    const team = browserTeam(() => fakeStorage(), fakeFetch)
    expect(await team.askSession(credentials)).toEqual({
      reached: true,
      status: 401,
      session: null,
    })
    expect(fakeFetch).toHaveBeenCalledWith('http://127.0.0.1:5984/_session', expect.anything())
  })
})
