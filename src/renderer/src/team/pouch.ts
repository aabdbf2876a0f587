import PouchDB from 'pouchdb-browser'

/**
 * PouchDB as the workspace uses it: the browser build (IndexedDB locally, HTTP to the server).
 * One module imports it, so a solo user never loads it (the team store imports the engine lazily).
 */
export { PouchDB }
export type TeamPouch = PouchDB.Database
export type StoredDoc = PouchDB.ExistingDoc

/** Every leaf revision of a document, deleted ones included; none when it was never written. */
export async function leavesOf(local: TeamPouch, docId: string): Promise<StoredDoc[]> {
  try {
    const leaves = await local.get(docId, { open_revs: 'all' })
    return leaves.flatMap((leaf) => ('ok' in leaf ? [leaf.ok] : []))
  } catch (error) {
    if (isNotFound(error)) return []
    throw error
  }
}

/** The winning revision with the ids of its conflicting leaves; undefined if never written. */
export async function winnerOf(local: TeamPouch, docId: string): Promise<StoredDoc | undefined> {
  try {
    return await local.get(docId, { conflicts: true })
  } catch (error) {
    if (isNotFound(error)) return undefined
    throw error
  }
}

export function isNotFound(error: unknown): boolean {
  return (error as { status?: number } | null)?.status === 404
}
