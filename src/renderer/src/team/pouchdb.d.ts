/**
 * The part of PouchDB's API the team workspace uses, typed here: DefinitelyTyped's PouchDB types
 * declare a global `Buffer` that breaks Node's own for every file compiled beside them.
 */
declare module 'pouchdb-browser' {
  namespace PouchDB {
    interface Revisions {
      start: number
      ids: string[]
    }
    type Doc = Record<string, unknown> & {
      _id: string
      _rev?: string
      _deleted?: boolean
      _revisions?: Revisions
    }
    type ExistingDoc = Doc & { _rev: string; _conflicts?: string[] }
    interface WriteResult {
      ok?: boolean
      id: string
      rev: string
    }
    interface WriteError {
      error: string | boolean
      id?: string
      reason?: string
      status?: number
    }
    interface ChangesOptions {
      since?: number | string
      limit?: number
      include_docs?: boolean
      conflicts?: boolean
      live?: boolean
      doc_ids?: string[]
      /** A design document's filter function (`ddoc/name`): never a Mango selector. */
      filter?: string
    }
    interface Change {
      id: string
      seq: number | string
      deleted?: boolean
      doc?: ExistingDoc
      changes: { rev: string }[]
    }
    interface ChangesResponse {
      results: Change[]
      last_seq: number | string
    }
    interface Changes extends PromiseLike<ChangesResponse> {
      on(event: 'change', listener: (change: Change) => void): this
      on(event: 'error', listener: (error: unknown) => void): this
      cancel(): void
    }
    interface ReplicationOptions {
      live?: boolean
      retry?: boolean
      doc_ids?: string[]
      filter?: string
      batch_size?: number
      back_off_function?: (delay: number) => number
      /** A sync's options for one direction only. */
      pull?: Omit<ReplicationOptions, 'pull' | 'push'>
      push?: Omit<ReplicationOptions, 'pull' | 'push'>
    }
    interface ReplicationResult {
      ok: boolean
      docs_read: number
      docs_written: number
      doc_write_failures: number
      errors: unknown[]
    }
    interface SyncChange {
      direction: 'push' | 'pull'
      change: { docs: ExistingDoc[]; docs_written: number }
    }
    interface Sync {
      on(event: 'change', listener: (info: SyncChange) => void): this
      on(event: 'paused', listener: (error?: unknown) => void): this
      on(event: 'active', listener: () => void): this
      on(event: 'denied', listener: (error: unknown) => void): this
      on(event: 'error', listener: (error: unknown) => void): this
      on(event: 'complete', listener: (info: unknown) => void): this
      cancel(): void
    }
    interface DatabaseOptions {
      adapter?: string
      auth?: { username: string; password: string }
      /** Never create the remote database: only the firm's admins do, by provisioning. */
      skip_setup?: boolean
      fetch?: (url: string | Request, init?: RequestInit) => Promise<Response>
    }
    interface Database {
      readonly name: string
      info(): Promise<{ update_seq: number | string; doc_count: number }>
      get(
        id: string,
        options?: { rev?: string; revs?: boolean; conflicts?: boolean },
      ): Promise<ExistingDoc>
      get(
        id: string,
        options: { open_revs: 'all' | string[] },
      ): Promise<({ ok: ExistingDoc } | { missing: string })[]>
      put(doc: Doc): Promise<WriteResult>
      bulkDocs(
        docs: Doc[],
        options?: { new_edits?: boolean },
      ): Promise<(WriteResult | WriteError)[]>
      changes(options: ChangesOptions): Changes
      allDocs(options: { keys: string[]; include_docs?: boolean; conflicts?: boolean }): Promise<{
        rows: (
          | {
              key: string
              id: string
              value: { rev: string; deleted?: boolean }
              doc?: ExistingDoc | null
            }
          | { key: string; error: string }
        )[]
      }>
      revsDiff(diff: Record<string, string[]>): Promise<Record<string, { missing: string[] }>>
      replicate: {
        to(target: Database | string, options?: ReplicationOptions): Promise<ReplicationResult>
        from(source: Database | string, options?: ReplicationOptions): Promise<ReplicationResult>
      }
      sync(remote: Database | string, options?: ReplicationOptions): Sync
      close(): Promise<void>
      destroy(): Promise<void>
    }
  }
  interface PouchDBStatic {
    new (name: string, options?: PouchDB.DatabaseOptions): PouchDB.Database
    plugin(plugin: unknown): PouchDBStatic
  }
  const PouchDB: PouchDBStatic
  export default PouchDB
}

declare module 'pouchdb-adapter-memory' {
  const memoryAdapter: unknown
  export default memoryAdapter
}
