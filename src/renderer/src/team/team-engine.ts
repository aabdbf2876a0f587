import { liveQuery, type Subscription } from 'dexie'
import type { WorkbookDatabase } from '../db/database'
import { AUDIT_REPLICATION_FILTER, rowKeyOfDocId, tableOfDocId } from '@core/team'
import { applyChanges } from './apply-changes'
import { downloadEvidenceBytes, filesToSend, uploadEvidenceBytes } from './evidence-bytes'
import { PouchDB, type TeamPouch } from './pouch'
import { pumpOutbox } from './pump'
import { refreshDirectory } from './directory'
import { chooseLiveAudits, LIVE_AUDITS } from './live-audits'
import { quietTrigger } from './quiet-trigger'
import { serialRunner } from './serial-runner'
import { shareAudit, writeRules, type ShareOutcome, type SharePeople } from './share-audit'
import { workspaceHttp } from './workspace-http'
import { isFirmAdmin, type TeamAccount, type TeamStatus } from './team-status'
import type { TeamAuditRow } from './team-rows'

export interface TeamEngineOptions {
  db: WorkbookDatabase
  account: TeamAccount
  password: string
  onStatus(status: TeamStatus): void
  /** The local PouchDB of an audit's database: IndexedDB in the app, memory in Node tests. */
  createLocal?(name: string): TeamPouch
  now?(): number
  /** Told of what the engine refuses or fails at, for the console; never thrown at the user. */
  log?(message: string, detail?: unknown): void
  /** How many audits replicate live at once (see live-audits.ts); tests make it small. */
  liveAudits?: number
  /** How often the audits not replicating live are synced once each. */
  coldSyncEveryMs?: number
}

export interface TeamEngine {
  /** Shares an audit with colleagues (see share-audit.ts); needs the server. */
  share(auditId: string, people: SharePeople): Promise<ShareOutcome>
  /** Reads the firm directory now: audits shared with this consultant, or taken away. */
  refreshDirectory(): Promise<void>
  stop(): Promise<void>
  /** Resolves once nothing waits to be pumped or applied (tests wait on it, people on the UI). */
  idle(): Promise<void>
}

interface AuditSync {
  database: string
  local: TeamPouch
  remote: TeamPouch
  /** Its live replication, while it is among the audits kept live (see live-audits.ts). */
  replication?: PouchDB.Sync
  arrivals: PouchDB.Changes
  apply: ReturnType<typeof serialRunner>
  /** The server could not be reached at the last try. */
  offline: boolean
}

/** Changes are sent once saving has paused this long, or this long after the first at the latest. */
const PUMP_QUIET_MS = 150
const PUMP_MAX_WAIT_MS = 1_000

/** Evidence files move only once saving has paused this long. */
const QUIET_FOR_FILES_MS = 1_000

/**
 * A file whose item arrived before the colleague's laptop sent it is asked for again after this
 * long, then twice as long each time up to a minute: nothing else says when it is sent, as files
 * travel outside the replication (evidence-bytes.ts).
 */
const FILES_AGAIN_FIRST_MS = 2_000
const FILES_AGAIN_MAX_MS = 60_000

/** How often the firm directory is read for audits shared with, or taken from, this consultant. */
const DIRECTORY_EVERY_MS = 30_000

/** How often the shared audits not replicating live are synced (once each, one at a time). */
const COLD_SYNC_EVERY_MS = 15_000

/**
 * Keeps every shared audit of this laptop in step with the workspace: the outbox is pumped into
 * each audit's PouchDB, PouchDB replicates live with the server (retrying while offline), and
 * what arrives is applied to Dexie. Dexie stays the source of truth; the status is derived from
 * the outbox, the conflicts and the replications.
 */
export function startTeamEngine(options: TeamEngineOptions): TeamEngine {
  const { db, account } = options
  const now = options.now ?? Date.now
  const log = options.log ?? ((message, detail) => console.warn(message, detail))
  const createLocal = options.createLocal ?? ((name) => new PouchDB(name))
  const http = workspaceHttp(account, options.password)
  const syncs = new Map<string, AuditSync>()
  const liveLimit = options.liveAudits ?? LIVE_AUDITS
  /** When each audit was last active, as a count of activity: the most recent ones stay live. */
  const lastActive = new Map<string, number>()
  let activity = 0
  /** Outbox rows, counted live (a count, not a read of every row: it runs after every save). */
  let outboxSize = 0
  /** When the outbox last grew: a change saved here (see `whenQuiet`). */
  let lastSaveAt = 0
  /** Rows the server refused: rare, so counted again only when one is refused. */
  let refused = 0
  let conflicts = 0
  let signedOut = false
  let connected = false
  let stopped = false
  /** The server could not be reached when an audit's database was looked for. */
  let unreachable = false
  /** Shared audits not replicating yet, and why: looked for again at each directory read. */
  const notYetOpen = new Map<string, 'missing' | 'unreachable' | 'refused'>()
  /**
   * Per audit, the evidence items captured here whose file the server does not hold yet: the
   * status is not "Synced" while a file is still to send, though its item is on the server.
   */
  const unsentFiles = new Map<string, Set<string>>()

  const publish = () => {
    if (stopped) return
    const waiting = Math.max(0, outboxSize - refused)
    const files = [...unsentFiles.values()].reduce((sum, ids) => sum + ids.size, 0)
    const offline =
      browserOffline() || unreachable || [...syncs.values()].some((sync) => sync.offline)
    const missing = [...notYetOpen.values()].filter((reason) => reason === 'missing').length
    const message =
      missing > 0
        ? `${missing === 1 ? 'One shared audit waits' : `${missing} shared audits wait`} for the firm's admin to create its database on the server.`
        : undefined
    const state = signedOut
      ? 'signed-out'
      : offline
        ? 'offline'
        : !connected && syncs.size > 0
          ? 'connecting'
          : waiting > 0 || files > 0
            ? 'waiting'
            : 'synced'
    options.onStatus({
      state,
      waiting,
      files,
      conflicts,
      refused,
      ...(message ? { message } : {}),
    })
  }

  const pump = serialRunner(
    async () => {
      await pumpOutbox({
        db,
        localOf: (auditId) => {
          // A change saved here: its audit becomes one of those replicating live.
          touch(auditId)
          return syncs.get(auditId)?.local ?? localFor(auditId)
        },
        author: account.username,
        now,
      })
      void bytes.request()
      checkFinal()
      // The push may have sent a revision, and told of it, before the pump noted it as waiting:
      // then only the server can say it holds it.
      if (!browserOffline())
        for (const [auditId, sync] of syncs) void confirmStillWaiting(auditId, sync.remote)
    },
    (error) => log('Could not hand changes to the workspace; they stay queued.', error),
  )

  /**
   * Resolves once nothing has been saved here for a second: a file read from IndexedDB or stored
   * in it would otherwise delay the next keystroke's save (p95 157 ms in the benchmark).
   */
  async function whenQuiet(): Promise<void> {
    const untilQuiet = () => lastSaveAt + QUIET_FOR_FILES_MS - Date.now()
    for (let wait = untilQuiet(); wait > 0 && !stopped; wait = untilQuiet())
      await new Promise((resolve) => setTimeout(resolve, wait))
  }

  let filesAgainMs = FILES_AGAIN_FIRST_MS
  let filesAgain: ReturnType<typeof setTimeout> | undefined

  /** Evidence bytes, both ways, one file at a time, for every audit replicating now. */
  const bytes = serialRunner(
    async () => {
      let notSentYet = 0
      for (const [auditId, sync] of syncs) {
        const context = {
          db,
          http,
          auditId,
          database: sync.database,
          author: account.username,
          now,
          log,
          whenQuiet,
          toSend: {
            are(itemIds: string[]) {
              unsentFiles.set(auditId, new Set(itemIds))
              publish()
            },
            sent(itemId: string) {
              unsentFiles.get(auditId)?.delete(itemId)
              publish()
            },
          },
        }
        await uploadEvidenceBytes(context)
        notSentYet += (await downloadEvidenceBytes(context)).notSentYet
      }
      if (notSentYet === 0) filesAgainMs = FILES_AGAIN_FIRST_MS
      else if (!filesAgain && !stopped) {
        filesAgain = setTimeout(() => {
          filesAgain = undefined
          void bytes.request()
        }, filesAgainMs)
        filesAgainMs = Math.min(filesAgainMs * 2, FILES_AGAIN_MAX_MS)
      }
    },
    (error) => log('Could not move evidence files; will try again.', error),
  )

  const pumpSoon = quietTrigger(() => void pump.request(), PUMP_QUIET_MS, PUMP_MAX_WAIT_MS)

  const locals = new Map<string, TeamPouch>()
  function localFor(auditId: string): TeamPouch {
    let local = locals.get(auditId)
    if (!local) {
      local = createLocal(`workbook-audit-local-${auditId}`)
      locals.set(auditId, local)
    }
    return local
  }

  /**
   * Starts an audit's replication once its database is there. PouchDB is never pointed at a
   * database that does not exist: it would spin on it, and it must not create it (only the
   * firm's admin does).
   */
  async function openAudit(team: TeamAuditRow): Promise<void> {
    if (syncs.has(team.auditId) || stopped) return
    let status: number
    try {
      status = (await http.send('GET', team.database)).status
      unreachable = false
    } catch {
      unreachable = true
      notYetOpen.set(team.auditId, 'unreachable')
      publish()
      return
    }
    if (stopped || syncs.has(team.auditId)) return
    if (status === 200) {
      notYetOpen.delete(team.auditId)
      startAudit(team)
    } else {
      if (status === 401) signedOut = true
      notYetOpen.set(team.auditId, status === 404 ? 'missing' : 'refused')
    }
    publish()
  }

  function startAudit(team: TeamAuditRow): void {
    const local = localFor(team.auditId)
    const remote = withQuietInfo(
      new PouchDB(`${account.server}/${team.database}`, {
        auth: { username: account.username, password: options.password },
        skip_setup: true,
      }),
    )
    const apply = serialRunner(
      () =>
        applyChanges({
          db,
          auditId: team.auditId,
          local,
          now,
          onRefused: (docId, reason) => log(`Refused "${docId}" from the workspace: ${reason}`),
          mayChangeRows: (team) =>
            isFirmAdmin(account) || (!team.final && !team.reviewers.includes(account.username)),
        }).then(() => void bytes.request()),
      (error) => log('Could not apply changes from the workspace; will retry.', error),
    )
    const sync: AuditSync = {
      database: team.database,
      local,
      remote,
      arrivals: local
        .changes({ since: 'now', live: true })
        .on('change', () => void apply.request()),
      apply,
      offline: false,
    }
    syncs.set(team.auditId, sync)
    void apply.request()
    rebalance()
  }

  /** Something happened in this audit: it is among those kept live from now on. */
  function touch(auditId: string): void {
    if (lastActive.get(auditId) === activity) return
    lastActive.set(auditId, ++activity)
    rebalance()
  }

  /**
   * Starts the live replication of the audits now most active and stops that of the others,
   * which the cold cycle then syncs once every little while (and once at once, to send what they
   * still hold).
   */
  function rebalance(): void {
    if (stopped) return
    const live = chooseLiveAudits([...syncs.keys()], lastActive, liveLimit)
    let cold = false
    for (const [auditId, sync] of syncs) {
      if (live.has(auditId)) {
        sync.replication ??= replicate(auditId, sync, true)
      } else {
        cold = true
        if (sync.replication) {
          sync.replication.cancel()
          sync.replication = undefined
          void coldSyncs.request()
        }
      }
    }
    if (cold && !coldTimer) {
      coldTimer = setInterval(() => void coldSyncs.request(), coldSyncEvery)
      void coldSyncs.request()
    }
  }

  /** One sync, both ways, of each audit not replicating live, one at a time. */
  const coldSyncs = serialRunner(
    async () => {
      for (const [auditId, sync] of syncs) {
        if (stopped || sync.replication || browserOffline()) continue
        await new Promise<void>((resolve) => {
          replicate(auditId, sync, false)
            .on('complete', () => resolve())
            .on('error', () => resolve())
        })
      }
    },
    (error) => log('Could not sync the shared audits not replicating live; will try again.', error),
  )
  const coldSyncEvery = options.coldSyncEveryMs ?? COLD_SYNC_EVERY_MS
  let coldTimer: ReturnType<typeof setInterval> | undefined

  /**
   * A replication both ways, live or once, its events feeding the outbox and the status; what it
   * sends or brings makes the audit active.
   */
  function replicate(auditId: string, sync: AuditSync, live: boolean): PouchDB.Sync {
    const { local, remote } = sync
    const syncOf = () => sync
    return local
      .sync(remote, {
        live,
        retry: live,
        // Back off to a minute at most while offline; PouchDB resumes from its checkpoint.
        back_off_function: (delay) => (delay === 0 ? 1_000 : Math.min(delay * 2, 60_000)),
        // Evidence bytes move one file at a time (evidence-bytes.ts), not with the rows.
        pull: { filter: AUDIT_REPLICATION_FILTER },
      })
      .on('change', (info) => {
        if (info.direction === 'push') void confirmSent(auditId, info.change.docs)
        if (info.change.docs.length > 0) touch(auditId)
      })
      .on('paused', (error) => {
        const sync = syncOf()
        sync.offline = error !== undefined && error !== null
        if (!sync.offline) {
          connected = true
          signedOut = false
          void confirmStillWaiting(auditId, remote)
          void bytes.request()
        } else if (isUnauthorized(error)) signedOut = true
        publish()
      })
      .on('active', () => {
        syncOf().offline = false
        publish()
      })
      .on('denied', (error) => void markRefused(auditId, error))
      .on('complete', () => {
        // A one-shot sync done: as a live one's pause without an error.
        if (live) return
        sync.offline = false
        connected = true
        signedOut = false
        void confirmStillWaiting(auditId, remote)
        void bytes.request()
        publish()
      })
      .on('error', (error) => {
        if (isUnauthorized(error)) signedOut = true
        else if (live) log('The workspace replication stopped.', error)
        else sync.offline = true
        publish()
      })
  }

  /**
   * Back online (the operating system says so): every replication starts again at once instead
   * of waiting out its back-off, which may have grown to a minute while the laptop was offline.
   */
  function reconnect(): void {
    if (stopped) return
    for (const [auditId, sync] of syncs) {
      if (!sync.replication) continue
      sync.replication.cancel()
      sync.replication = replicate(auditId, sync, true)
    }
    void coldSyncs.request()
    void directory.request()
  }

  async function stopAudit(auditId: string, forget: boolean): Promise<void> {
    const sync = syncs.get(auditId)
    syncs.delete(auditId)
    lastActive.delete(auditId)
    unsentFiles.delete(auditId)
    sync?.replication?.cancel()
    // Its place among the live ones goes to the next most active audit.
    rebalance()
    sync?.arrivals.cancel()
    await sync?.apply.idle()
    const local = locals.get(auditId)
    locals.delete(auditId)
    // A forgotten audit's local copy goes; it is still on the server.
    if (local) await (forget ? local.destroy() : local.close()).catch(() => {})
  }

  /** The server now holds these revisions: their outbox rows are done. */
  async function confirmSent(auditId: string, docs: { _id: string; _rev: string }[]) {
    const sent = new Set(docs.map((doc) => `${doc._id}\u0000${doc._rev}`))
    await holdUnsentFiles(auditId, docs)
    await db.teamOutbox
      .where('[auditId+docId]')
      .anyOf(docs.map((doc) => [auditId, doc._id]))
      .filter((row) => row.rev !== undefined && sent.has(`${row.docId}\u0000${row.rev}`))
      .delete()
    checkFinal()
  }

  /**
   * Before an item's outbox row goes, its file is counted as still to send if it is: the status
   * must not say "Synced" between the item reaching the server and its file starting to.
   */
  async function holdUnsentFiles(auditId: string, docs: { _id: string }[]): Promise<void> {
    const ids = docs.filter((doc) => tableOfDocId(doc._id) === 'evidence')
    if (ids.length === 0) return
    const items = await db.evidence.bulkGet(
      ids.map((doc) => rowKeyOfDocId(auditId, doc._id) as string),
    )
    const unsent = await filesToSend(
      { db, auditId },
      items.filter((item) => item !== undefined),
    )
    if (unsent.length === 0 || !syncs.has(auditId)) return
    const held = unsentFiles.get(auditId) ?? new Set()
    for (const item of unsent) held.add(item.id)
    unsentFiles.set(auditId, held)
    // The upload run that follows counts again what is left.
    void bytes.request()
  }

  /** After a restart the push may have ended before it was seen: ask the server what it lacks. */
  async function confirmStillWaiting(auditId: string, remote: TeamPouch): Promise<void> {
    const rows = await db.teamOutbox
      .filter((row) => row.auditId === auditId && row.rev !== undefined && !row.refused)
      .toArray()
    if (rows.length === 0) return
    const asked: Record<string, string[]> = {}
    for (const row of rows) (asked[row.docId] ??= []).push(row.rev!)
    try {
      const missing = await remote.revsDiff(asked)
      const held = rows.filter((row) => !missing[row.docId]?.missing.includes(row.rev!))
      await confirmSent(
        auditId,
        held.map((row) => ({ _id: row.docId, _rev: row.rev! })),
      )
    } catch (error) {
      log('Could not ask the workspace which changes it holds.', error)
    }
  }

  async function markRefused(auditId: string, denial: unknown): Promise<void> {
    // A sync reports `{ direction, doc: error }`; a one-way replication the error itself.
    const error = (denial as { doc?: unknown } | null)?.doc ?? denial
    const { id, reason } = (error ?? {}) as { id?: string; reason?: string }
    if (!id) return
    await db.teamOutbox
      .where('[auditId+docId]')
      .equals([auditId, id])
      .filter((row) => row.rev !== undefined)
      .modify({ refused: reason ?? 'refused by the server' })
    await countRefused()
  }

  /**
   * An audit its owner marked final becomes read-only on the server too, once everything saved
   * before (the final status itself included) is there: from then on only the firm's admins may
   * change it. Looked at after each send and each confirmation, not on every save.
   */
  function checkFinal(): void {
    if (stopped) return
    void finalAndSent(db, account.username)
      .then((rows) => rows.forEach((team) => void lockFinal(team)))
      .catch((error: unknown) => log('Could not read which audits are final.', error))
  }

  const locking = new Set<string>()
  async function lockFinal(team: TeamAuditRow): Promise<void> {
    if (locking.has(team.auditId)) return
    locking.add(team.auditId)
    try {
      await writeRules(http, team.database, team, true)
      await db.teamAudits.update(team.auditId, { final: true })
    } catch (error) {
      log('Could not make the final audit read-only on the server; will try again.', error)
    } finally {
      locking.delete(team.auditId)
    }
  }

  async function countRefused(): Promise<void> {
    refused = await db.teamOutbox.filter((row) => row.refused !== undefined).count()
    publish()
  }

  const subscriptions: Subscription[] = [
    liveQuery(() => db.teamOutbox.count()).subscribe({
      next(count) {
        if (count > outboxSize) lastSaveAt = Date.now()
        // Any row not refused may be a change saved here: the pump finds out which.
        if (count > refused) pumpSoon.poke()
        outboxSize = count
        publish()
      },
      error: (error) => log('Could not read the outbox.', error),
    }),
    liveQuery(() =>
      db.teamConflicts.filter((row) => row.resolvedAt === undefined).count(),
    ).subscribe({
      next(count) {
        conflicts = count
        publish()
      },
      error: (error) => log('Could not read the conflicts.', error),
    }),
    liveQuery(() => db.teamAudits.filter((team) => team.leftAt === undefined).toArray()).subscribe({
      next(rows) {
        const wanted = new Map(rows.map((row) => [row.auditId, row]))
        for (const auditId of syncs.keys()) if (!wanted.has(auditId)) void stopAudit(auditId, true)
        for (const auditId of notYetOpen.keys())
          if (!wanted.has(auditId)) notYetOpen.delete(auditId)
        for (const row of rows) void openAudit(row)
        publish()
      },
      error: (error) => log('Could not read the shared audits.', error),
    }),
  ]
  const directory = serialRunner(
    async () => {
      const outcome = await refreshDirectory(db, http, account.username, now())
      for (const docId of outcome.refused) log(`Refused "${docId}" from the firm directory.`)
      const waiting = await db.teamAudits.bulkGet([...notYetOpen.keys()])
      await Promise.all(waiting.map((team) => team && openAudit(team)))
    },
    (error) => log('Could not read the firm directory; will try again.', error),
  )
  void directory.request()
  void countRefused()
  globalThis.addEventListener?.('online', reconnect)
  globalThis.addEventListener?.('offline', publish)
  const directoryTimer = setInterval(() => void directory.request(), DIRECTORY_EVERY_MS)
  publish()

  return {
    share: (auditId, people) => shareAudit(db, http, account, auditId, people, now()),
    refreshDirectory: () => directory.request(),
    async stop() {
      stopped = true
      clearInterval(directoryTimer)
      clearInterval(coldTimer)
      clearTimeout(filesAgain)
      pumpSoon.cancel()
      globalThis.removeEventListener?.('online', reconnect)
      globalThis.removeEventListener?.('offline', publish)
      for (const subscription of subscriptions) subscription.unsubscribe()
      await Promise.all([pump.idle(), directory.idle(), bytes.idle(), coldSyncs.idle()])
      await Promise.all([...syncs.keys()].map((auditId) => stopAudit(auditId, false)))
    },
    async idle() {
      // In the order each asks the next: arrivals and sends ask for files to move.
      await Promise.all([...syncs.values()].map((sync) => sync.apply.idle()))
      await pump.idle()
      await bytes.idle()
    },
  }
}

/**
 * PouchDB's replication asks the source's `info()` after each batch only to report progress, and
 * leaves its promise unhandled: pulling while the network drops throws an uncaught "Failed to
 * fetch" into the page. Answered here with an empty progress instead; replication's own requests
 * still fail, and retry, as they should.
 */
function withQuietInfo(remote: TeamPouch): TeamPouch {
  const info = remote.info.bind(remote)
  remote.info = () => info().catch(() => ({ update_seq: 0, doc_count: 0 }))
  return remote
}

/** This consultant's shared audits marked final here whose every change the server holds. */
async function finalAndSent(db: WorkbookDatabase, username: string): Promise<TeamAuditRow[]> {
  const mine = await db.teamAudits
    .filter((team) => team.owner === username && !team.final)
    .toArray()
  const audits = await db.audits.bulkGet(mine.map((team) => team.auditId))
  const final = mine.filter((_, index) => audits[index]?.status === 'final')
  const unsent = await Promise.all(
    final.map((team) =>
      db.teamOutbox
        .where('[auditId+docId]')
        .between([team.auditId], [team.auditId, []])
        .filter((row) => row.refused === undefined)
        .count(),
    ),
  )
  return final.filter((_, index) => unsent[index] === 0)
}

/** The operating system says there is no network: no need to wait for a request to fail. */
function browserOffline(): boolean {
  return (globalThis as { navigator?: { onLine?: boolean } }).navigator?.onLine === false
}

function isUnauthorized(error: unknown): boolean {
  return (error as { status?: number } | null)?.status === 401
}
