import { describe, expect, it } from 'vitest'
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
