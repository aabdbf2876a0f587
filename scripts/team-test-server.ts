/**
 * A CouchDB-protocol server for the team workspace's tests (issue 18): the real CouchDB 3 named by
 * `COUCHDB_URL` when it is set (`http://admin:pw@127.0.0.1:5984`), otherwise `pouchdb-server` from
 * npm on loopback, in a fresh temporary folder, stopped by its process id afterwards.
 *
 * Run by Vitest's and Playwright's global setups (both load TypeScript); never by Node directly.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface TeamServerAdmin {
  username: string
  password: string
}

/** What tests need to reach the server: serialisable, so Vitest can `provide` it to workers. */
export interface TeamServerInfo {
  /** The server's root, without credentials or a trailing slash. */
  url: string
  admin: TeamServerAdmin
}

export interface TeamServer extends TeamServerInfo {
  stop(): Promise<void>
}

const READY_WITHIN_MS = 20_000

export async function startTeamServer(): Promise<TeamServer> {
  const external = process.env.COUCHDB_URL
  return external ? await useExternalServer(external) : await spawnPouchdbServer()
}

/** A server someone else runs: checked to be reachable with its admin, never stopped by us. */
async function useExternalServer(address: string): Promise<TeamServer> {
  const parsed = new URL(address)
  const admin = {
    username: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
  }
  if (!admin.username) throw new Error('COUCHDB_URL must name its admin: http://admin:pw@host:5984')
  parsed.username = ''
  parsed.password = ''
  const url = parsed.toString().replace(/\/+$/, '')
  const session = await fetch(`${url}/_session`, { headers: basicAuth(admin) }).catch(
    (error: unknown) => {
      throw new Error(`COUCHDB_URL: cannot reach ${url} (${String(error)}): is CouchDB running?`)
    },
  )
  const body = (await session.json().catch(() => undefined)) as
    { userCtx?: { roles?: string[] } } | undefined
  if (!session.ok || !body?.userCtx?.roles?.includes('_admin'))
    throw new Error(`COUCHDB_URL: ${url} did not accept ${admin.username} as its admin`)
  // A fresh single-node CouchDB 3 has no _users database until someone creates it.
  await ensureDatabase(url, admin, '_users')
  return { url, admin, stop: async () => {} }
}

/** A pouchdb-server of its own, whatever COUCHDB_URL says: for a test that needs a blank server. */
export async function spawnPouchdbServer(): Promise<TeamServer> {
  const dir = mkdtempSync(join(tmpdir(), 'aw-team-server-'))
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const bin = createRequire(import.meta.url).resolve('pouchdb-server/bin/pouchdb-server')
  // The child runs pouchdb-server in-process and, when its stdin closes, removes the folder and
  // exits: our end of that pipe closes when this process ends, however it ends (a SIGKILL too),
  // so neither the server nor its folder outlives the run.
  const guard = [
    `const leave = () => { require('node:fs').rmSync(${JSON.stringify(dir)}, { recursive: true, force: true }); process.exit(0) }`,
    "process.stdin.on('end', leave).resume()",
    "process.argv.splice(1, 0, 'pouchdb-server')",
    fixValidationShim(bin),
    `require(${JSON.stringify(bin)})`,
  ].join(';')
  const args = ['--host', '127.0.0.1', '--port', String(port), '--dir', dir]
  // cwd and --config in the folder: pouchdb-server writes config.json and log.txt where it runs.
  const child = spawn(
    process.execPath,
    ['-e', guard, '--', ...args, '--config', join(dir, 'config.json'), '--no-stdout-logs'],
    { cwd: dir, stdio: ['pipe', 'ignore', 'pipe'] },
  )
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + String(chunk)).slice(-4000)))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async (): Promise<void> => {
    await killAndWait(child, exited)
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    await waitUntilAnswering(url, exited, () => stderr)
    const admin = { username: 'admin', password: randomBytes(12).toString('hex') }
    const created = await fetch(`${url}/_config/admins/${admin.username}`, {
      method: 'PUT',
      body: JSON.stringify(admin.password),
    })
    if (!created.ok) throw new Error(`pouchdb-server refused its admin: ${created.status}`)
    return { url, admin, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

/**
 * pouchdb-validation (pouchdb-server's validate_doc_update) overwrites an incoming document's
 * `_revisions` with the stored document's before writing it, so a replicated update (bulk_docs
 * with new_edits: false, a revision and its history) is answered as written and silently dropped:
 * only creations replicate. CouchDB has no such bug. The server of the tests loads that module
 * with the one line corrected (keep the incoming history when it has one), and refuses to start
 * if the line is no longer there, so the correction cannot silently stop applying.
 */
function fixValidationShim(bin: string): string {
  const buggy = 'newDoc._revisions = (oldDoc || {})._revisions;'
  const fixed = 'if (!newDoc._revisions) newDoc._revisions = (oldDoc || {})._revisions;'
  return [
    "const Module = require('node:module')",
    `const file = require.resolve('pouchdb-validation', { paths: [require('node:path').dirname(${JSON.stringify(bin)})] })`,
    "const source = require('node:fs').readFileSync(file, 'utf8')",
    `if (!source.includes(${JSON.stringify(buggy)})) throw new Error('pouchdb-validation changed: review fixValidationShim in scripts/team-test-server.ts')`,
    'const fixedModule = new Module(file, module)',
    'fixedModule.filename = file',
    "fixedModule.paths = Module._nodeModulePaths(require('node:path').dirname(file))",
    `fixedModule._compile(source.replace(${JSON.stringify(buggy)}, ${JSON.stringify(fixed)}), file)`,
    'fixedModule.loaded = true',
    'require.cache[file] = fixedModule',
  ].join(';')
}

/** Polls the root until it answers: ready as soon as it is, with no fixed sleep to guess. */
async function waitUntilAnswering(
  url: string,
  exited: Promise<void>,
  stderr: () => string,
): Promise<void> {
  let gone = false
  void exited.then(() => (gone = true))
  const deadline = Date.now() + READY_WITHIN_MS
  while (Date.now() < deadline) {
    if (gone) throw new Error(`pouchdb-server exited before answering:\n${stderr()}`)
    const answered = await fetch(url).then(
      (response) => response.ok,
      () => false,
    )
    if (answered) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`pouchdb-server did not answer on ${url} within ${READY_WITHIN_MS} ms`)
}

async function killAndWait(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  child.kill('SIGTERM')
  const killed = await Promise.race([
    exited.then(() => true),
    new Promise<false>((resolve) => setTimeout(() => resolve(false), 5_000).unref()),
  ])
  if (!killed) {
    child.kill('SIGKILL')
    await exited
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))))
    })
  })
}

export function basicAuth({ username, password }: TeamServerAdmin): Record<string, string> {
  return {
    authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`,
  }
}

async function ensureDatabase(url: string, admin: TeamServerAdmin, name: string): Promise<void> {
  const response = await fetch(`${url}/${name}`, { method: 'PUT', headers: basicAuth(admin) })
  // 412: it exists already.
  if (!response.ok && response.status !== 412)
    throw new Error(`could not create ${name}: ${response.status} ${await response.text()}`)
}
