import { execFile } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  auditDatabaseName,
  FIRM_DATABASE,
  LIBRARY_DATABASE,
  firmDesignDoc,
  firmSecurity,
  libraryDesignDoc,
  librarySecurity,
} from '@core/team'
import { spawnPouchdbServer, type TeamServer } from '../../../../scripts/team-test-server'
import { basicAuth, teamServer } from '../test-support/team-server'

// `npm run team:provision` as an admin runs it: a child process, its output and exit code.
const SCRIPT = resolve(import.meta.dirname, '../../../../scripts/team-provision.mjs')
const SLOW = 60_000

interface Run {
  code: number
  stdout: string
  stderr: string
}

function provision(...args: string[]): Promise<Run> {
  const env = { ...process.env }
  delete env.COUCHDB_USER
  delete env.COUCHDB_PASSWORD
  return new Promise((done) =>
    execFile(process.execPath, [SCRIPT, ...args], { env }, (error, stdout, stderr) =>
      done({ code: error ? Number(error.code) : 0, stdout, stderr }),
    ),
  )
}

const withAdmin = (server: { url: string; admin: { username: string; password: string } }) => {
  const url = new URL(server.url)
  url.username = server.admin.username
  url.password = server.admin.password
  return url.toString()
}

async function get(server: TeamServer, path: string, who = server.admin): Promise<Response> {
  return fetch(`${server.url}/${path}`, { headers: basicAuth(who) })
}

async function put(server: TeamServer, path: string, body: unknown): Promise<void> {
  const response = await fetch(`${server.url}/${path}`, {
    method: 'PUT',
    headers: { ...basicAuth(server.admin), 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  expect(response.ok).toBe(true)
}

describe('npm run team:provision on a blank server', () => {
  let server: TeamServer
  beforeAll(async () => {
    server = await spawnPouchdbServer()
  })
  afterAll(() => server?.stop())

  it(
    'creates the firm directory and library with their rules, then changes nothing',
    { timeout: SLOW },
    async () => {
      const first = await provision('--server', withAdmin(server))
      expect(first.code).toBe(0)
      expect(first.stdout).toContain(`created database ${FIRM_DATABASE}`)
      expect(first.stdout).toContain(`created database ${LIBRARY_DATABASE}`)
      expect(first.stdout).not.toContain(server.admin.password)
      for (const [name, security, design] of [
        [FIRM_DATABASE, firmSecurity(), firmDesignDoc()],
        [LIBRARY_DATABASE, librarySecurity(), libraryDesignDoc()],
      ] as const) {
        expect(await (await get(server, `${name}/_security`)).json()).toEqual(security)
        expect(await (await get(server, `${name}/_design/workbook`)).json()).toMatchObject(design)
      }

      const second = await provision('--server', withAdmin(server))
      expect(second).toMatchObject({ code: 0, stderr: '' })
      expect(second.stdout).toContain('already provisioned: nothing changed')
    },
  )

  it(
    'brings back a design document and a security object someone changed',
    { timeout: SLOW },
    async () => {
      await provision('--server', withAdmin(server))
      const design = (await (
        await get(server, `${FIRM_DATABASE}/_design/workbook`)
      ).json()) as object
      await put(server, `${FIRM_DATABASE}/_design/workbook`, {
        ...design,
        validate_doc_update: 'function () {}',
      })
      await put(server, `${LIBRARY_DATABASE}/_security`, { admins: {}, members: {} })

      const run = await provision(
        '--server',
        server.url,
        '--user',
        'admin',
        '--password',
        server.admin.password,
      )
      expect(run.code).toBe(0)
      expect(run.stdout).toContain(`updated ${FIRM_DATABASE}'s _design/workbook`)
      expect(run.stdout).toContain(`set ${LIBRARY_DATABASE}'s security`)
      expect(await (await get(server, `${FIRM_DATABASE}/_design/workbook`)).json()).toMatchObject(
        firmDesignDoc(),
      )
      expect(await (await get(server, `${LIBRARY_DATABASE}/_security`)).json()).toEqual(
        librarySecurity(),
      )
    },
  )

  it(
    'adds a consultant who can sign in, and makes them a firm admin on request',
    { timeout: SLOW },
    async () => {
      const url = withAdmin(server)
      const added = await provision(
        '--server',
        url,
        '--add-user',
        'ann',
        '--new-password',
        'ann-pw',
      )
      expect(added.stdout).toContain('created user ann (member)')
      expect(added.stdout).not.toContain('ann-pw')
      const ann = { username: 'ann', password: 'ann-pw' }
      expect((await get(server, `${FIRM_DATABASE}`, ann)).status).toBe(200)

      const again = await provision('--server', url, '--add-user', 'ann', '--new-password', 'other')
      expect(again.stdout).toContain('nothing changed')
      const promoted = await provision('--server', url, '--add-user', 'ann', '--admin')
      expect(promoted.stdout).toContain(
        "changed ann's roles to firm admin (their password is unchanged)",
      )
      const session = (await (await get(server, '_session', ann)).json()) as { userCtx: object }
      expect(session.userCtx).toEqual({ name: 'ann', roles: ['workbook', 'workbook-admin'] })
    },
  )

  it(
    'creates the database of an audit its owner shared, once, and leaves it to them',
    { timeout: SLOW },
    async () => {
      const url = withAdmin(server)
      await provision('--server', url, '--add-user', 'owner', '--new-password', 'owner-pw')
      const owner = { username: 'owner', password: 'owner-pw' }
      const share = { auditId: 'Shared-1', owner: 'owner', consultants: ['ann'], reviewers: [] }
      const shared = await fetch(`${server.url}/${FIRM_DATABASE}/share:Shared-1`, {
        method: 'PUT',
        headers: { ...basicAuth(owner), 'content-type': 'application/json' },
        body: JSON.stringify(share),
      })
      expect(shared.status).toBe(201)

      const run = await provision('--server', url, '--shared-audits')
      const database = auditDatabaseName('Shared-1')
      expect(run.stdout).toContain(`created database ${database} (owner owner, 1 consultant(s)`)
      const answer = { kind: 'answer', row: {}, by: 'owner', at: 1 }
      const written = await fetch(`${server.url}/${database}/answer:s:q`, {
        method: 'PUT',
        headers: { ...basicAuth(owner), 'content-type': 'application/json' },
        body: JSON.stringify(answer),
      })
      expect(written.status).toBe(201)
      expect((await get(server, `${database}/_security`)).status).toBe(200)

      const again = await provision('--server', url, '--shared-audits')
      expect(again.stdout).toContain('nothing changed')
    },
  )

  it(
    'refuses a wrong admin password, saying so without repeating it',
    { timeout: SLOW },
    async () => {
      const url = withAdmin({ ...server, admin: { ...server.admin, password: 'wrong-pw' } })
      const run = await provision('--server', url)
      expect(run.code).toBe(3)
      expect(run.stderr).toContain("refused the admin's name or password")
      expect(run.stderr + run.stdout).not.toContain('wrong-pw')
    },
  )

  it('asks for the admin and the server when they are missing', { timeout: SLOW }, async () => {
    expect(await provision()).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--server URL is required'),
    })
    const nobody = await provision('--server', server.url)
    expect(nobody).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('The server admin is needed'),
    })
    const newcomer = await provision('--server', withAdmin(server), '--add-user', 'newcomer')
    expect(newcomer).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('needs --new-password'),
    })
  })
})

describe('npm run team:provision against what is not a CouchDB', () => {
  let garbage: Server
  let port: number
  beforeAll(async () => {
    garbage = createServer((_request, response) => response.end('<html>It works!</html>'))
    await new Promise<void>((listening) => garbage.listen(0, '127.0.0.1', listening))
    port = (garbage.address() as { port: number }).port
  })
  afterAll(() => new Promise<void>((closed) => garbage.close(() => closed())))

  it('says a server that answers garbage is not CouchDB', { timeout: SLOW }, async () => {
    const run = await provision('--server', `http://admin:pw@127.0.0.1:${port}`)
    expect(run.code).toBe(4)
    expect(run.stderr).toContain('does not answer as CouchDB does')
  })

  it('says an unreachable server cannot be reached', { timeout: SLOW }, async () => {
    // A port that was free a moment ago and that nothing listens on.
    const closed = createServer()
    await new Promise<void>((listening) => closed.listen(0, '127.0.0.1', listening))
    const unused = (closed.address() as { port: number }).port
    await new Promise<void>((done) => closed.close(() => done()))
    const run = await provision('--server', `http://admin:pw@127.0.0.1:${unused}`)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(`Cannot reach http://127.0.0.1:${unused} (ECONNREFUSED)`)
  })
})

describe('npm run team:provision on the run’s server (CouchDB 3 when COUCHDB_URL is set)', () => {
  it('leaves it provisioned, so that a second run changes nothing', { timeout: SLOW }, async () => {
    const url = withAdmin(teamServer())
    expect((await provision('--server', url)).code).toBe(0)
    const second = await provision('--server', url)
    expect(second.stdout).toContain('nothing changed')
  })
})
