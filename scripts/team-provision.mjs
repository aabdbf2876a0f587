#!/usr/bin/env node
// `npm run team:provision -- --server URL`: prepares a CouchDB 3 server for a firm's team
// workspace (issue 18, docs/team-server.md): the firm directory and the library, each with its
// security and design document, brought to this version's; optionally a user. Idempotent: a
// second run changes nothing and says so.
//
//   npm run team:provision -- --server https://admin:pw@couch.example.com:6984
//   npm run team:provision -- --server https://couch.example.com:6984 --user admin --password pw
//   COUCHDB_USER=admin COUCHDB_PASSWORD=pw npm run team:provision -- --server URL \
//     --add-user ann --new-password 'first-pw' [--admin]
//   npm run team:provision -- --server URL --shared-audits   (creates the databases of audits the
//     directory's share: documents name and that do not exist yet: see shared-audit-plan.ts)
//
// What to do comes from src/core/team/provision-plan.ts (TypeScript, loaded through Vite, which
// the project already has); this file only talks to the server. Passwords are never printed.
// Exit codes: 1 bad arguments, 2 server unreachable, 3 admin refused, 4 not CouchDB, 5 a step
// failed.

import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

class Failure extends Error {
  /** @param {number} code @param {string} message */
  constructor(code, message) {
    super(message)
    this.code = code
  }
}

/** @typedef {typeof import('../src/core/team/provisioning')} Plan */
/** @typedef {{ status: number, body: unknown }} Answer */
/** @typedef {{ url: string, authorization: string }} Server */

async function main() {
  const options = readOptions()
  const server = serverOf(options)
  await checkServer(server)
  const plan = await loadPlan()

  /** @type {Record<string, import('../src/core/team/provision-plan').ObservedDatabase>} */
  const observed = {}
  for (const name of plan.PROVISIONED_DATABASES)
    observed[name] = await observeDatabase(server, name)
  const steps = plan.planFirmDatabases(observed)
  if (options.addUser) {
    const user = await call(server, 'GET', plan.userDocPath(options.addUser))
    const password = options.newPassword
    if (user.status === 404 && !password)
      throw new Failure(1, `--add-user ${options.addUser} needs --new-password for the new user.`)
    steps.push(
      ...plan.planUser(user.status === 200 ? user.body : undefined, {
        name: options.addUser,
        password: password ?? '',
        admin: options.admin,
      }),
    )
  }

  let changes = await apply(server, steps)
  if (options.sharedAudits) changes += await createSharedAudits(server, plan)
  console.log(
    changes === 0
      ? `${server.url} was already provisioned: nothing changed.`
      : `${server.url}: ${changes} change${changes === 1 ? '' : 's'} made.`,
  )
}

/**
 * Sends the steps in order, printing each; stops at the first the server refuses.
 * @param {Server} server @param {import('../src/core/team/provision-plan').ProvisionStep[]} steps
 */
async function apply(server, steps) {
  for (const step of steps) {
    const answer = await call(server, step.method, step.path, step.body)
    if (answer.status >= 300)
      throw new Failure(5, `The server refused this step (${step.says}): ${describe(answer)}`)
    console.log(`✓ ${step.says}`)
  }
  return steps.length
}

/**
 * The databases of the audits the directory says are shared and that do not exist yet.
 * @param {Server} server @param {Plan} plan
 */
async function createSharedAudits(server, plan) {
  const range = `startkey=${encodeURIComponent('"share:"')}&endkey=${encodeURIComponent('"share:\ufff0"')}`
  const shares = await call(server, 'GET', `workbook-firm/_all_docs?include_docs=true&${range}`)
  const databases = await call(server, 'GET', '_all_dbs')
  const rows = /** @type {{ rows?: Array<{ doc?: unknown }> }} */ (shares.body ?? {}).rows
  if (shares.status !== 200 || !Array.isArray(rows) || !Array.isArray(databases.body))
    throw new Failure(5, `Could not read the shared audits: ${describe(shares)}`)
  const { steps, skipped } = plan.planSharedAudits(
    rows.map((row) => row.doc),
    /** @type {string[]} */ (databases.body),
  )
  for (const reason of skipped) console.warn(`! skipped ${reason}`)
  return apply(server, steps)
}

function readOptions() {
  try {
    const { values } = parseArgs({
      options: {
        server: { type: 'string' },
        user: { type: 'string' },
        password: { type: 'string' },
        'add-user': { type: 'string' },
        'new-password': { type: 'string' },
        admin: { type: 'boolean', default: false },
        'shared-audits': { type: 'boolean', default: false },
      },
    })
    if (!values.server) throw new Error('--server URL is required')
    const addUser = values['add-user']
    if (addUser !== undefined && !/^[^_:][^:]{0,199}$/.test(addUser))
      throw new Error(`"${addUser}" cannot be a CouchDB user name (no ":", not starting with "_")`)
    return {
      server: values.server,
      user: values.user,
      password: values.password,
      addUser,
      newPassword: values['new-password'],
      admin: values.admin ?? false,
      sharedAudits: values['shared-audits'] ?? false,
    }
  } catch (error) {
    throw new Failure(
      1,
      `${error instanceof Error ? error.message : String(error)}
usage: npm run team:provision -- --server URL [--user ADMIN --password PW]
         [--add-user NAME --new-password PW [--admin]]`,
    )
  }
}

/** @param {ReturnType<typeof readOptions>} options @returns {Server} */
function serverOf(options) {
  /** @type {URL} */
  let url
  try {
    url = new URL(options.server)
  } catch {
    throw new Failure(1, `--server: "${options.server}" is not a URL (https://host:6984)`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Failure(1, `--server: use an http(s) address, not ${url.protocol}`)
  const username =
    decodeURIComponent(url.username) || options.user || process.env.COUCHDB_USER || ''
  const password =
    decodeURIComponent(url.password) || options.password || process.env.COUCHDB_PASSWORD || ''
  if (!username || !password)
    throw new Failure(
      1,
      'The server admin is needed: in the URL, as --user/--password, or COUCHDB_USER/COUCHDB_PASSWORD.',
    )
  url.username = ''
  url.password = ''
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)
  if (url.protocol === 'http:' && !loopback)
    console.warn(`! ${url.host} is reached over plain HTTP: the admin password crosses in clear.`)
  return {
    url: url.toString().replace(/\/+$/, ''),
    authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`,
  }
}

/** @returns {Promise<Plan>} */
async function loadPlan() {
  // Loaded only once the server has answered: a bad address or password is said at once.
  const { runnerImport } = await import('vite')
  const { module } = await runnerImport(resolve(ROOT, 'src/core/team/provisioning.ts'), {
    configFile: false,
    logLevel: 'silent',
  })
  return /** @type {Plan} */ (module)
}

/** A CouchDB (or pouchdb-server) that takes our admin: anything else stops here, said plainly. */
/** @param {Server} server */
async function checkServer(server) {
  const root = await call(server, 'GET', '', undefined, false)
  const welcome = /** @type {Record<string, unknown>} */ (root.body ?? {})
  const isCouch = welcome.couchdb === 'Welcome' || 'express-pouchdb' in welcome
  if (root.status !== 200 || !isCouch || typeof welcome.version !== 'string')
    throw new Failure(4, `${server.url} does not answer as CouchDB does (${describe(root)}).`)
  const session = await call(server, 'GET', '_session')
  if (session.status === 401)
    throw new Failure(3, `${server.url} refused the admin's name or password.`)
  const ctx = /** @type {{ userCtx?: { name?: string, roles?: string[] } }} */ (session.body ?? {})
  if (session.status !== 200 || !ctx.userCtx?.roles?.includes('_admin'))
    throw new Failure(
      3,
      `${ctx.userCtx?.name ?? 'That user'} is not a server admin of ${server.url}: provisioning needs one.`,
    )
  console.log(`Provisioning ${server.url} (CouchDB-protocol server ${welcome.version})`)
}

/** @param {Server} server @param {string} name */
async function observeDatabase(server, name) {
  const db = await call(server, 'GET', name)
  if (db.status === 404) return { exists: false }
  if (db.status !== 200) throw new Failure(5, `Could not read database ${name}: ${describe(db)}`)
  const security = await call(server, 'GET', `${name}/_security`)
  const design = await call(server, 'GET', `${name}/_design/workbook`)
  return {
    exists: true,
    security: security.body,
    designDoc: design.status === 200 ? design.body : undefined,
  }
}

/**
 * One request; its JSON body, or a Failure that says what went wrong in the user's words.
 * @param {Server} server @param {string} method @param {string} path @param {unknown} [body]
 * @param {boolean} [authenticated] @returns {Promise<Answer>}
 */
async function call(server, method, path, body, authenticated = true) {
  /** @type {Response} */
  let response
  try {
    response = await fetch(`${server.url}/${path}`, {
      method,
      headers: {
        accept: 'application/json',
        'content-type': 'application/json',
        ...(authenticated ? { authorization: server.authorization } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    })
  } catch (error) {
    const cause = /** @type {{ cause?: { code?: string, message?: string } }} */ (error).cause
    throw new Failure(
      2,
      `Cannot reach ${server.url} (${cause?.code ?? cause?.message ?? String(error)}): is the server running, and is the address right?`,
    )
  }
  const text = await response.text()
  try {
    return { status: response.status, body: JSON.parse(text) }
  } catch {
    throw new Failure(
      4,
      `${server.url} does not answer as CouchDB does (${method} /${path}: ${response.status}, not JSON: ${JSON.stringify(text.slice(0, 60))}).`,
    )
  }
}

/** @param {Answer} answer */
function describe(answer) {
  const body = /** @type {{ error?: string, reason?: string }} */ (answer.body ?? {})
  return body.reason || body.error
    ? `${answer.status} ${body.error ?? ''}: ${body.reason ?? ''}`
    : `${answer.status} ${JSON.stringify(answer.body).slice(0, 80)}`
}

main().catch((error) => {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`)
  process.exit(error instanceof Failure ? error.code : 5)
})
