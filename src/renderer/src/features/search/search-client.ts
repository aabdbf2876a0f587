import { JobWorker } from '../../jobs/job-workers'
import { searchQueryJob, type SearchAnswer, type SearchProgress } from './search-job'

/**
 * The page's way to the search worker. One worker holds the index for the page's life, so it is
 * started once (at the first search) and never ended by a query; it answers one query at a time,
 * and while it works only the newest query waits: what was typed in between is never searched.
 */

const start = () =>
  new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'search' })

let worker: JobWorker | undefined
let running = false
let waiting:
  | {
      text: string
      onProgress: (progress: SearchProgress) => void
      resolve: (answer: SearchAnswer | undefined) => void
      reject: (error: unknown) => void
    }
  | undefined

/**
 * Searches for `text`. Resolves with the results, or with undefined when a newer query replaced
 * this one before it ran; rejects with a message for the user when search failed.
 */
export function searchEverything(
  text: string,
  onProgress: (progress: SearchProgress) => void = () => undefined,
): Promise<SearchAnswer | undefined> {
  return new Promise((resolve, reject) => {
    waiting?.resolve(undefined)
    waiting = { text: text.slice(0, 1_000), onProgress, resolve, reject }
    void next()
  })
}

async function next(): Promise<void> {
  if (running || !waiting) return
  const query = waiting
  waiting = undefined
  running = true
  try {
    // A failed job ends its worker (the helper's rule): the next search starts a new one.
    worker ??= new JobWorker(start)
    query.resolve(
      await worker.run(searchQueryJob, { text: query.text }, { onProgress: query.onProgress }),
    )
  } catch (error) {
    worker = undefined
    query.reject(error)
  } finally {
    running = false
    void next()
  }
}

/** Starts the worker and its index build ahead of the first query (the benchmark's start). */
export function prepareSearch(): Promise<SearchAnswer | undefined> {
  return searchEverything('')
}

/**
 * Ends the search worker, as closing the page does: the next search starts a new one, which
 * restores the index this one kept (the benchmark's second page load). Only between searches.
 */
export function restartSearch(): void {
  if (running) throw new Error('A search is running.')
  worker?.end()
  worker = undefined
}
