import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie'
import { docAddressOfKey, docAddressOfRow, isSyncedTable, type DocAddress } from '@core/team'
import type { SyncedTable } from '@core/team'
import type { OutboxRow } from './team-rows'

/**
 * The one place every write to a shared audit is noticed (issue 18): a change to a synced table
 * adds an outbox row for each document it touches, in the same IndexedDB transaction, so a change
 * and its marker are saved together or not at all. Repositories stay as they are and solo use pays
 * nothing: with no shared audit, writes pass straight through.
 */
export function outboxMiddleware(shared: Set<string>): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'team-outbox',
    create(down) {
      return {
        ...down,
        transaction(stores, mode, options) {
          // Every writing transaction over a synced table may need the outbox: it joins the scope.
          const needsOutbox = mode === 'readwrite' && stores.some(isSyncedTable)
          const scope = needsOutbox && !stores.includes(OUTBOX) ? [...stores, OUTBOX] : stores
          return down.transaction(scope, mode, options)
        },
        table(name) {
          const table = down.table(name)
          if (name === SHARED_TABLE) return trackingSharedAudits(table, shared)
          if (!isSyncedTable(name)) return table
          return {
            ...table,
            mutate(request) {
              if (shared.size === 0 || isSyncApply(request.trans)) return table.mutate(request)
              // Both requests go out now, in this order: IndexedDB runs a transaction's requests
              // in order, so a deletion's rows are read before they go (an evidence id does not
              // say which audit). Chained with `then`, not awaited: Dexie's own middlewares below
              // need its transaction zone, which a native await loses.
              const touched = addressesOf(name, table, request)
              return Promise.all([touched, table.mutate(request)]).then(([addresses, response]) => {
                const values: OutboxRow[] = addresses.filter((address) =>
                  shared.has(address.auditId),
                )
                if (values.length === 0) return response
                return down
                  .table(OUTBOX)
                  .mutate({ type: 'add', trans: request.trans, values })
                  .then(() => response)
              })
            },
          }
        },
      }
    },
  }
}

const OUTBOX = 'teamOutbox'
const SHARED_TABLE = 'teamAudits'
const SYNC_APPLY = Symbol('team sync apply')

/**
 * Marks a transaction as the sync engine applying the server's changes: those are not echoed
 * back to the outbox. `idbtrans` of a Dexie transaction is what its requests carry as `trans`.
 */
export function markSyncApply(idbTransaction: unknown): void {
  ;(idbTransaction as Record<symbol, boolean>)[SYNC_APPLY] = true
}

function isSyncApply(trans: DBCoreTransaction): boolean {
  return (trans as unknown as Record<symbol, boolean | undefined>)[SYNC_APPLY] === true
}

function addressesOf(
  table: SyncedTable,
  core: DBCoreTable,
  request: DBCoreMutateRequest,
): Promise<DocAddress[]> {
  const ofRows = (rows: readonly unknown[]) =>
    rows.flatMap((row) => (row ? [docAddressOfRow(table, row as object)] : []))
  switch (request.type) {
    case 'add':
    case 'put':
      return Promise.resolve(ofRows(request.values))
    case 'delete': {
      const byKey = request.keys.map((key) => docAddressOfKey(table, key))
      if (byKey.every((address) => address !== undefined)) return Promise.resolve(byKey)
      return core.getMany({ trans: request.trans, keys: request.keys }).then(ofRows)
    }
    case 'deleteRange':
      return core
        .query({
          trans: request.trans,
          values: true,
          query: { index: core.schema.primaryKey, range: request.range },
        })
        .then(({ result }) => ofRows(result))
  }
}

/**
 * Keeps the in-memory set of shared audits (read on every write, so it must not cost a request)
 * in step with the table, and puts it back if the transaction that changed it is aborted.
 */
function trackingSharedAudits(table: DBCoreTable, shared: Set<string>): DBCoreTable {
  return {
    ...table,
    async mutate(request): Promise<DBCoreMutateResponse> {
      const before = new Set(shared)
      const removed =
        request.type === 'delete'
          ? request.keys
          : request.type === 'deleteRange'
            ? (
                await table.query({
                  trans: request.trans,
                  values: false,
                  query: { index: table.schema.primaryKey, range: request.range },
                })
              ).result
            : []
      const response = await table.mutate(request)
      if (request.type === 'add' || request.type === 'put')
        for (const row of request.values as { auditId: string; leftAt?: number }[])
          if (row.leftAt === undefined) shared.add(row.auditId)
          else shared.delete(row.auditId)
      for (const auditId of removed) shared.delete(auditId as string)
      const idb = request.trans as unknown as Partial<Pick<IDBTransaction, 'addEventListener'>>
      idb.addEventListener?.('abort', () => {
        shared.clear()
        for (const auditId of before) shared.add(auditId)
      })
      return response
    },
  }
}
