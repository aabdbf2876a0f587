import { auditDatabaseName } from '@core/team'
import { basicAuthorization } from '../src/shared/team-session'
import type { WorkbookDatabase } from '../src/renderer/src/db/database'
import { WorkbookDatabase as Database } from '../src/renderer/src/db/database'
import { saveAnswer } from '../src/renderer/src/db/repositories/answers'
import { markAuditShared } from '../src/renderer/src/team/shared-audits'
import { PouchDB } from '../src/renderer/src/team/pouch'
import { startTeamEngine, type TeamEngine } from '../src/renderer/src/team/team-engine'
import { whenTrue } from '../src/renderer/src/team/test-support/when'

/**
 * The team workspace's rows of `npm run bench` (issue 18), measured in the page against the
 * run's CouchDB-protocol server on loopback: the largest audit shared by its owner (every
 * document to the server), pulled whole by a colleague's empty laptop, then answers typed by the
 * owner timed until they are in the colleague's database (what the colleague's screen shows).
 * Each laptop is its own Dexie database and its own PouchDB in this one page.
 */

export interface TeamUser {
  username: string
  password: string
}

export interface TeamBenchInput {
  server: string
  owner: TeamUser
  colleague: TeamUser
  auditId: string
  typed: number
}

export interface TeamTimes {
  documents: number
  /** Sharing to every document held by the server (the owner's outbox empty). */
  pushMs: number
  /** The colleague's empty laptop to every answer of the audit in its database. */
  pullMs: number
  /** Each typed answer, from its save to the colleague's database holding it. */
  latenciesMs: number[]
  /** Saves through the app's write path while the audit is shared and syncing. */
  savesMs: number[]
  /** Baseline: one document written and read back over HTTP by the two users, no engine. */
  roundTripsMs: number[]
  /** Baseline: the same documents in one `_bulk_docs`, read back in one `_all_docs`. */
  bulkMs: number
}

export async function teamTimes(
  owner: WorkbookDatabase,
  input: TeamBenchInput,
  saves: () => Promise<number[]>,
): Promise<TeamTimes> {
  const database = auditDatabaseName(input.auditId)
  const colleagueDb = new Database(`bench-team-colleague-${Date.now()}`)
  await colleagueDb.open()
  const engines: TeamEngine[] = []
  // Each laptop's PouchDB under a name of its own: both live in this page's IndexedDB.
  const connect = (db: WorkbookDatabase, user: TeamUser, laptop: string) => {
    const engine = startTeamEngine({
      db,
      account: { server: input.server, username: user.username, roles: ['workbook'] },
      password: user.password,
      onStatus: () => {},
      createLocal: (name) => new PouchDB(`${laptop}-${Date.now()}-${name}`),
      log: (message, detail) => console.warn(`${laptop}: ${message}`, String(detail)),
    })
    engines.push(engine)
    return engine
  }
  try {
    const row = {
      auditId: input.auditId,
      database,
      owner: input.owner.username,
      consultants: [input.colleague.username],
      reviewers: [],
      final: false,
      sharedAt: Date.now(),
      appliedSeq: 0,
    }
    const answers = await owner.answers.where('auditId').equals(input.auditId).count()
    let start = performance.now()
    await markAuditShared(owner, row)
    const documents = await owner.teamOutbox.count()
    connect(owner, input.owner, 'owner')
    await whenTrue(
      () => owner.teamOutbox.count(),
      (count) => count === 0,
    )
    const pushMs = performance.now() - start
    console.warn(`team bench: ${documents} documents on the server in ${pushMs.toFixed(0)} ms`)

    start = performance.now()
    await markAuditShared(colleagueDb, row)
    connect(colleagueDb, input.colleague, 'colleague')
    await withinMinute(
      whenTrue(
        () => colleagueDb.answers.where('auditId').equals(input.auditId).count(),
        (count) => count === answers,
      ),
      async () =>
        `${await colleagueDb.answers.count()} of ${answers} answers; audits ${JSON.stringify(await colleagueDb.teamAudits.toArray())}`,
    )
    const pullMs = performance.now() - start
    console.warn(`team bench: pulled in ${pullMs.toFixed(0)} ms`)

    const keys = await owner.answers.where('auditId').equals(input.auditId).primaryKeys()
    const latenciesMs: number[] = []
    for (let i = 0; i < input.typed; i++) {
      const [, sectionId, questionId] = keys[i % keys.length]!
      const notes = `Typed by the owner, edit ${i} at ${Date.now()}`
      const typedAt = performance.now()
      await saveAnswer(owner, { auditId: input.auditId, sectionId, questionId }, { notes })
      await withinMinute(
        whenTrue(
          () => colleagueDb.answers.get([input.auditId, sectionId, questionId]),
          (answer) => answer?.notes === notes,
        ),
        async () =>
          `typed answer ${i}; owner outbox ${JSON.stringify(await owner.teamOutbox.limit(3).toArray())}`,
      )
      latenciesMs.push(performance.now() - typedAt)
    }
    // Saves are timed on the owner's laptop with its own engine running (sending, and its files
    // going up): the colleague's engine, here in the same page and the same IndexedDB, would be
    // another laptop's work, so it stops first.
    await engines.pop()!.stop()
    const savesMs = await saves()
    return {
      documents,
      pushMs,
      pullMs,
      latenciesMs,
      savesMs,
      ...(await baselines(input, database)),
    }
  } finally {
    await Promise.all(engines.map((engine) => engine.stop()))
    colleagueDb.close()
  }
}

/** A run that hangs says what it was waiting for, instead of holding the benchmark forever. */
async function withinMinute<T>(work: Promise<T>, describe: () => Promise<string>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void describe().then((what) =>
        reject(new Error(`The team benchmark waited a minute: ${what}`)),
      )
    }, 60_000)
  })
  try {
    return await Promise.race([work, late])
  } finally {
    clearTimeout(timer)
  }
}

async function baselines(
  input: TeamBenchInput,
  database: string,
): Promise<Pick<TeamTimes, 'roundTripsMs' | 'bulkMs'>> {
  const call = (user: TeamUser, method: string, path: string, body?: unknown) =>
    fetch(`${input.server}/${database}/${path}`, {
      method,
      headers: {
        authorization: basicAuthorization(user.username, user.password),
        'content-type': 'application/json',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then((response) => response.json() as Promise<Record<string, unknown>>)
  const roundTripsMs: number[] = []
  for (let i = 0; i < input.typed; i++) {
    const id = `comment:bench${i}${Date.now()}`
    const start = performance.now()
    await call(input.owner, 'PUT', id, {
      kind: 'comment',
      target: 'answer:a:b',
      text: `${i}`,
      by: input.owner.username,
      at: 1,
    })
    await call(input.colleague, 'GET', id)
    roundTripsMs.push(performance.now() - start)
  }
  // The floor of a first sync: every document written (as already held: nothing new is stored)
  // in one request, and read back whole in one request, with no engine and no local database.
  const all = await call(input.owner, 'GET', '_all_docs?include_docs=true')
  const docs = ((all.rows ?? []) as { doc: Record<string, unknown> }[]).map(({ doc }) => doc)
  const start = performance.now()
  await call(input.owner, 'POST', '_bulk_docs', { docs, new_edits: false })
  await call(input.colleague, 'GET', '_all_docs?include_docs=true')
  const bulkMs = performance.now() - start
  return { roundTripsMs, bulkMs }
}
