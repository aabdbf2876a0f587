import Dexie from 'dexie'

/**
 * What a write changed, as Dexie broadcasts it after every write transaction in this window or
 * any other window or worker of the app (`storagemutated`): key ranges by `idb://<db>/<table>/<index>`.
 */
export type ChangedParts = Readonly<Record<string, unknown>>

/** Calls `listener` with what each write changed; returns the way to stop. */
export function onDatabaseWrite(listener: (parts: ChangedParts) => void): () => void {
  const heard = (parts: ChangedParts) => listener(parts)
  Dexie.on('storagemutated', heard)
  return () => Dexie.on.storagemutated.unsubscribe(heard)
}

/**
 * Calls `listener` after every write; returns the way to stop. For views that are not
 * `useLiveQuery` reads, such as search results computed in a worker.
 */
export function onDatabaseChange(listener: () => void): () => void {
  return onDatabaseWrite(() => listener())
}
