import { describe, expect, it, vi } from 'vitest'
import { askSession, type SessionFetch } from '@shared/team-session'
import { signIn, type SignInInput } from './sign-in'

const input: SignInInput = {
  server: ' https://couch.example.com/ ',
  username: 'ana',
  password: 'pa:ss wörd',
}

/** A server answering every request with this status, content type and body. */
function answering(status: number, body: string, contentType = 'application/json') {
  const fetch = vi.fn<SessionFetch>(
    async () => new Response(body, { status, headers: { 'Content-Type': contentType } }),
  )
  return { fetch, ask: (q: Parameters<typeof askSession>[1]) => askSession(fetch, q) }
}

const session = (name: string | null, roles: string[] = []) =>
  JSON.stringify({ ok: true, userCtx: { name, roles }, info: { authenticated: 'default' } })

describe('signIn', () => {
  it('asks the server’s /_session with Basic credentials and returns who signed in', async () => {
    const server = answering(200, session('ana', ['workbook-admin']))
    const result = await signIn(input, server.ask)

    expect(result).toEqual({
      ok: true,
      account: { server: 'https://couch.example.com', username: 'ana', roles: ['workbook-admin'] },
    })
    const [url, init] = server.fetch.mock.calls[0]!
    expect(url).toBe('https://couch.example.com/_session')
    const headers = new Headers(init.headers)
    expect(headers.get('Accept')).toBe('application/json')
    const encoded = headers.get('Authorization')!.replace(/^Basic /, '')
    const decoded = new TextDecoder().decode(Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0)))
    expect(decoded).toBe('ana:pa:ss wörd')
    expect(init.redirect).toBe('error')
  })

  it('keeps a path under the server, without its trailing slash', async () => {
    const server = answering(200, session('ana'))
    const result = await signIn({ ...input, server: 'https://example.com/couch//' }, server.ask)
    expect(result.ok && result.account.server).toBe('https://example.com/couch')
    expect(server.fetch.mock.calls[0]![0]).toBe('https://example.com/couch/_session')
  })

  it.each(['http://127.0.0.1:5984', 'http://localhost:5984', 'http://[::1]:5984'])(
    'accepts plain http on loopback: %s',
    async (address) => {
      const server = answering(200, session('ana'))
      expect((await signIn({ ...input, server: address }, server.ask)).ok).toBe(true)
    },
  )

  it.each([
    ['http://couch.example.com', /must start with https:\/\//],
    ['http://192.168.1.20:5984', /must start with https:\/\//],
    ['ftp://couch.example.com', /must start with https:\/\//],
    ['https://ana:secret@couch.example.com', /Leave the name and password out of the address/],
    ['couch.example.com', /is not a web address/],
    ['https://couch.example.com/?x=1', /without “\?” or “#”/],
    ['   ', /Enter the address/],
  ])('refuses %s before any request', async (address, message) => {
    const server = answering(200, session('ana'))
    const result = await signIn({ ...input, server: address }, server.ask)
    expect(result).toEqual({ ok: false, reason: 'address', error: expect.stringMatching(message) })
    expect(server.fetch).not.toHaveBeenCalled()
  })

  it('refuses an empty name or password before any request', async () => {
    const server = answering(200, session('ana'))
    expect(await signIn({ ...input, username: ' ' }, server.ask)).toMatchObject({ reason: 'input' })
    expect(await signIn({ ...input, password: '' }, server.ask)).toMatchObject({ reason: 'input' })
    expect(server.fetch).not.toHaveBeenCalled()
  })

  it('says the server could not be reached when the request fails', async () => {
    const fetch = vi.fn<SessionFetch>(async () => {
      throw new TypeError('Failed to fetch')
    })
    expect(await signIn(input, (q) => askSession(fetch, q))).toEqual({
      ok: false,
      reason: 'unreachable',
      error: 'Could not reach https://couch.example.com; check the address and your network.',
    })
  })

  it('says the name or password was refused on 401', async () => {
    const server = answering(
      401,
      '{"error":"unauthorized","reason":"Name or password is incorrect."}',
    )
    expect(await signIn(input, server.ask)).toMatchObject({
      ok: false,
      reason: 'refused',
      error: expect.stringMatching(/refused the name or password/),
    })
  })

  it.each([
    ['a web page', 200, '<!doctype html><title>Welcome</title>', 'text/html'],
    ['JSON of another shape', 200, '{"status":"ok"}', 'application/json'],
    [
      'an answer too large for a session',
      200,
      JSON.stringify({ ok: true, userCtx: { name: 'ana', roles: [] }, pad: 'x'.repeat(70_000) }),
      'application/json',
    ],
    ['a server error', 500, '{"error":"internal"}', 'application/json'],
    [
      'roles that are not strings',
      200,
      '{"ok":true,"userCtx":{"name":"ana","roles":[1]}}',
      'application/json',
    ],
  ])('says the server does not answer like CouchDB for %s', async (_what, status, body, type) => {
    const server = answering(status, body, type)
    expect(await signIn(input, server.ask)).toMatchObject({
      ok: false,
      reason: 'not-couchdb',
      error:
        'https://couch.example.com does not answer like a CouchDB server: check the address (it is the server’s, not a web page’s).',
    })
  })

  it('refuses a session without a name: the server did not check the password', async () => {
    const server = answering(200, session(null))
    expect(await signIn(input, server.ask)).toMatchObject({
      ok: false,
      reason: 'refused',
      error: expect.stringMatching(/did not sign you in as ana/),
    })
  })
})
