import { describe, expect, it } from 'vitest'
import { FIRM_DATABASE, LIBRARY_DATABASE } from './database-names'
import { planFirmDatabases, planUser, type ObservedDatabase } from './provision-plan'
import { firmDesignDoc, firmSecurity, libraryDesignDoc, librarySecurity } from './server-rules'

const provisioned = (): Record<string, ObservedDatabase> => ({
  [FIRM_DATABASE]: {
    exists: true,
    security: firmSecurity(),
    designDoc: { ...firmDesignDoc(), _rev: '1-a' },
  },
  [LIBRARY_DATABASE]: {
    exists: true,
    security: librarySecurity(),
    designDoc: { ...libraryDesignDoc(), _rev: '3-c' },
  },
})

describe('provisioning the firm databases', () => {
  it('creates, secures and writes the design document of each on a blank server', () => {
    const steps = planFirmDatabases({})
    expect(steps.map((step) => step.path)).toEqual([
      FIRM_DATABASE,
      `${FIRM_DATABASE}/_security`,
      `${FIRM_DATABASE}/_design/workbook`,
      LIBRARY_DATABASE,
      `${LIBRARY_DATABASE}/_security`,
      `${LIBRARY_DATABASE}/_design/workbook`,
    ])
    expect(steps[2]?.body).toEqual(firmDesignDoc())
  })

  it('does nothing to a server already provisioned, whatever the key order it answers in', () => {
    const observed = provisioned()
    const security = firmSecurity()
    observed[FIRM_DATABASE] = {
      ...observed[FIRM_DATABASE],
      exists: true,
      security: { members: security.members, admins: security.admins },
    }
    expect(planFirmDatabases(observed)).toEqual([])
  })

  it('updates a design document that differs, on top of its revision', () => {
    const observed = provisioned()
    observed[LIBRARY_DATABASE] = {
      ...observed[LIBRARY_DATABASE],
      exists: true,
      designDoc: {
        ...libraryDesignDoc(),
        validate_doc_update: 'x',
        _rev: '3-c',
      },
    }
    expect(planFirmDatabases(observed)).toEqual([
      expect.objectContaining({
        path: `${LIBRARY_DATABASE}/_design/workbook`,
        body: { ...libraryDesignDoc(), _rev: '3-c' },
      }),
    ])
  })

  it('secures a database left open (CouchDB 3 answers {} or admins only) and writes its missing design document', () => {
    const observed = provisioned()
    observed[FIRM_DATABASE] = { exists: true, security: {}, designDoc: undefined }
    expect(planFirmDatabases(observed).map((step) => step.path)).toEqual([
      `${FIRM_DATABASE}/_security`,
      `${FIRM_DATABASE}/_design/workbook`,
    ])
  })
})

describe('provisioning a user', () => {
  const ann = { name: 'ann', password: 'pw', admin: false }

  it('creates a new user as a member, or as a firm admin too', () => {
    expect(planUser(undefined, ann)).toEqual([
      expect.objectContaining({
        path: '_users/org.couchdb.user:ann',
        body: {
          _id: 'org.couchdb.user:ann',
          name: 'ann',
          password: 'pw',
          roles: ['workbook'],
          type: 'user',
        },
      }),
    ])
    expect(planUser(undefined, { ...ann, admin: true })[0]?.body).toMatchObject({
      roles: ['workbook', 'workbook-admin'],
    })
  })

  it('leaves an existing user’s password alone, changing only roles that differ', () => {
    const existing = {
      _id: 'org.couchdb.user:ann',
      _rev: '1-x',
      name: 'ann',
      roles: ['workbook'],
      derived_key: 'k',
    }
    expect(planUser(existing, ann)).toEqual([])
    const [step] = planUser(existing, { ...ann, admin: true })
    expect(step?.body).toEqual({ ...existing, roles: ['workbook', 'workbook-admin'] })
    expect(step?.says).not.toContain('pw')
  })

  it('names a user with unusual characters safely in the path', () => {
    expect(planUser(undefined, { ...ann, name: 'a b/c' })[0]?.path).toBe(
      '_users/org.couchdb.user:a%20b%2Fc',
    )
  })
})
