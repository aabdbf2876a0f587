import Dexie from 'dexie'

/**
 * Calls `listener` after every write to the app's databases, from this window or any other
 * window or worker of the app (Dexie's `storagemutated` event); returns the way to stop. For
 * views that are not `useLiveQuery` reads, such as search results computed in a worker.
 */
export function onDatabaseChange(listener: () => void): () => void {
  const heard = () => listener()
  Dexie.on('storagemutated', heard)
  return () => Dexie.on.storagemutated.unsubscribe(heard)
}
