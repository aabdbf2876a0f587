import { liveQuery } from 'dexie'

/**
 * Resolves with the query's answer once it satisfies `ok`, watching the database as the UI does
 * (a live query), so a test waits for exactly what a person would see, never for a fixed time.
 */
export function whenTrue<T>(query: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  return new Promise((resolve, reject) => {
    const subscription = liveQuery(query).subscribe({
      next(value) {
        if (!ok(value)) return
        subscription.unsubscribe()
        resolve(value)
      },
      error: reject,
    })
  })
}

/** The statuses an engine reports, and a way to wait for one. */
export function statusLog<S extends { state: string }>() {
  const seen: S[] = []
  const waiters: { ok: (status: S) => boolean; resolve: (status: S) => void }[] = []
  return {
    seen,
    report(status: S) {
      seen.push(status)
      for (const waiter of [...waiters])
        if (waiter.ok(status)) {
          waiters.splice(waiters.indexOf(waiter), 1)
          waiter.resolve(status)
        }
    },
    when(ok: (status: S) => boolean): Promise<S> {
      const last = seen.at(-1)
      if (last && ok(last)) return Promise.resolve(last)
      return new Promise((resolve) => waiters.push({ ok, resolve }))
    },
  }
}
