import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  spawnPouchdbServer,
  startTeamServer,
  type TeamServer,
} from '../../../../scripts/team-test-server'
import { basicAuth, createUser, teamServer, uniqueName } from './team-server'

describe('the team test server', () => {
  it('signs in a user the admin created, with their roles', async () => {
    const name = uniqueName('consultant')
    await createUser(name, 'pw-1', ['workbook'])
    const response = await fetch(`${teamServer().url}/_session`, {
      headers: basicAuth({ username: name, password: 'pw-1' }),
    })
    expect(response.status).toBe(200)
    const body = (await response.json()) as { userCtx: { name: string; roles: string[] } }
    expect(body.userCtx).toEqual({ name, roles: ['workbook'] })
  })

  it('refuses a wrong password with 401', async () => {
    const name = uniqueName('consultant')
    await createUser(name, 'right', ['workbook'])
    const response = await fetch(`${teamServer().url}/_session`, {
      headers: basicAuth({ username: name, password: 'wrong' }),
    })
    expect(response.status).toBe(401)
  })

  it('gives every call a name of its own', () => {
    expect(uniqueName('a')).not.toBe(uniqueName('a'))
    expect(uniqueName('Audit')).toMatch(/^Audit-[0-9a-f]{8}$/)
  })
})

describe('the team test server named by COUCHDB_URL (a real CouchDB 3 on a developer’s machine)', () => {
  let blank: TeamServer
  const saved = process.env.COUCHDB_URL
  beforeAll(async () => {
    blank = await spawnPouchdbServer()
  })
  afterAll(async () => {
    if (saved === undefined) delete process.env.COUCHDB_URL
    else process.env.COUCHDB_URL = saved
    await blank?.stop()
  })

  const address = (password: string) => {
    const url = new URL(blank.url)
    url.username = blank.admin.username
    url.password = password
    return url.toString()
  }

  it('is used with the admin its address names, and never stopped by the tests', async () => {
    process.env.COUCHDB_URL = address(blank.admin.password)
    const server = await startTeamServer()
    expect(server.url).toBe(blank.url)
    expect(server.admin).toEqual(blank.admin)
    await server.stop()
    expect((await fetch(`${blank.url}/_users`, { headers: basicAuth(blank.admin) })).status).toBe(
      200,
    )
  })

  it('is refused, saying so, when the address names a wrong admin or nothing answers', async () => {
    process.env.COUCHDB_URL = address('wrong')
    await expect(startTeamServer()).rejects.toThrow(`did not accept admin as its admin`)
    process.env.COUCHDB_URL = 'http://admin:pw@127.0.0.1:1'
    await expect(startTeamServer()).rejects.toThrow('COUCHDB_URL: cannot reach http://127.0.0.1:1')
  })
})
