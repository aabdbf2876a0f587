/* global window */
import { resolve } from 'node:path'

/**
 * The Node half of the team rows (issue 18): a CouchDB-protocol server on loopback (the tests'
 * own: pouchdb-server in a fresh folder, stopped by its process id, or COUCHDB_URL's), two
 * consultants, the firm's directory and the largest audit's database as provisioning makes them;
 * then the page measures (bench/team-times.ts).
 * @typedef {import('@playwright/test').Page} Page
 * @typedef {import('./team-times').TeamTimes} TeamTimes
 */

const PASSWORD = 'bench-password'

/**
 * @param {Page} page @param {string} root @param {string} auditId
 * @param {{ typed: number, saves: number }} counts
 * @returns {Promise<TeamTimes>}
 */
export async function teamRuns(page, root, auditId, counts) {
  const { runnerImport } = await import('vite')
  const load = async (/** @type {string} */ file) =>
    (await runnerImport(resolve(root, file), { configFile: false, logLevel: 'silent' })).module
  const { startTeamServer } = await load('scripts/team-test-server.ts')
  const team = await load('src/core/team/provisioning.ts')
  const rules = await load('src/core/team/index.ts')
  const server = await startTeamServer()
  try {
    const admin = `Basic ${Buffer.from(`${server.admin.username}:${server.admin.password}`).toString('base64')}`
    const call = async (
      /** @type {string} */ method,
      /** @type {string} */ path,
      /** @type {unknown} */ body,
    ) => {
      const response = await fetch(`${server.url}/${path}`, {
        method,
        headers: { authorization: admin, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      if (response.status >= 300 && response.status !== 412)
        throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`)
    }
    const stamp = Date.now().toString(36)
    const owner = { username: `bench-owner-${stamp}`, password: PASSWORD }
    const colleague = { username: `bench-colleague-${stamp}`, password: PASSWORD }
    for (const user of [owner, colleague])
      await call('PUT', `_users/org.couchdb.user:${user.username}`, {
        name: user.username,
        password: user.password,
        roles: ['workbook'],
        type: 'user',
      })
    for (const step of team.planFirmDatabases({})) await call(step.method, step.path, step.body)
    const share = {
      _id: `share:${auditId}`,
      auditId,
      database: rules.auditDatabaseName(auditId),
      owner: owner.username,
      consultants: [colleague.username],
      reviewers: [],
      by: owner.username,
    }
    await call('PUT', `${rules.FIRM_DATABASE}/${share._id}`, share)
    for (const step of team.planSharedAudits([share], []).steps)
      await call(step.method, step.path, step.body)
    return await page.evaluate(({ input, saves }) => window.__bench.teamTimes(input, saves), {
      input: { server: server.url, owner, colleague, auditId, typed: counts.typed },
      saves: counts.saves,
    })
  } finally {
    await server.stop()
  }
}
