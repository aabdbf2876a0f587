import memoryAdapter from 'pouchdb-adapter-memory'
import { builtinPack } from '@core/content'
import { auditDatabaseName } from '@core/team'
import type { WorkbookDatabase } from '../../db/database'
import { createAudit } from '../../db/repositories/audits'
import { draftFor, fakeClock, freshDatabase } from '../../db/test-support/fixtures'
import { applyChanges } from '../apply-changes'
import { PouchDB, type TeamPouch } from '../pouch'
import { pumpOutbox } from '../pump'
import { markAuditShared } from '../shared-audits'

PouchDB.plugin(memoryAdapter)

/** A consultant's laptop for sync tests: its own Dexie database and its own local PouchDB. */
export interface Laptop {
  name: string
  db: WorkbookDatabase
  local: TeamPouch
  refused: string[]
  /** What the connection does after a change: send the outbox, apply what came in. */
  settle(): Promise<void>
}

let count = 0
const clock = fakeClock()

export async function laptop(name: string): Promise<Laptop> {
  count += 1
  const db = await freshDatabase()
  const local = new PouchDB(`${name}-${count}-${Math.random().toString(36).slice(2)}`, {
    adapter: 'memory',
  }) as TeamPouch
  const refused: string[] = []
  return {
    name,
    db,
    local,
    refused,
    async settle() {
      await pumpOutbox({ db, localOf: () => local, author: name, now: clock.now })
      for (const auditId of await db.teamAudits.toCollection().primaryKeys())
        await applyChanges({
          db,
          auditId,
          local,
          now: clock.now,
          onRefused: (docId, reason) => refused.push(`${docId}: ${reason}`),
        })
    },
  }
}

/** An audit created on `owner`'s laptop and shared; the others join it as they would on sign-in. */
export async function sharedAudit(owner: Laptop, ...others: Laptop[]): Promise<string> {
  const audit = await createAudit(owner.db, draftFor(builtinPack), [builtinPack], clock)
  for (const member of [owner, ...others])
    await markAuditShared(member.db, {
      auditId: audit.id,
      database: auditDatabaseName(audit.id),
      owner: owner.name,
      consultants: others.map((other) => other.name),
      reviewers: [],
      final: false,
      sharedAt: clock.now(),
      appliedSeq: 0,
    })
  return audit.id
}

/** What a connection to the server does between two laptops: replication both ways. */
export async function exchange(a: Laptop, b: Laptop): Promise<void> {
  await a.local.replicate.to(b.local)
  await b.local.replicate.to(a.local)
}

/** Both laptops send and apply, exchange, and apply again: what a connection settles to. */
export async function roundTrip(a: Laptop, b: Laptop): Promise<void> {
  await a.settle()
  await b.settle()
  await exchange(a, b)
  await a.settle()
  await b.settle()
}

export { clock }
