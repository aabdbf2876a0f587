import '../../zod-config'
import { WorkbookDatabase } from '../../db/database'
import { onDatabaseWrite } from '../../db/queries/database-changes'
import { SearchCacheDatabase } from '../../db/search-cache'
import { implementJob, serveJobs } from '../../jobs/serve-jobs'
import { searchQueryJob } from './search-job'
import { SearchIndexer } from './search-indexer'

// The search index lives here for the page's life: made ready at the first query (from the index
// the last page kept, brought up to date, or built from every record), kept current by every
// write's `storagemutated` broadcast (Dexie sends it to every window and worker of the origin),
// so typing notes costs the page nothing but the write it already makes; written back to its
// cache when things are quiet.
const db = new WorkbookDatabase()
const indexer = new SearchIndexer(db, new SearchCacheDatabase(db.name))
onDatabaseWrite((parts) => indexer.noteChanges(parts))

serveJobs([
  implementJob(searchQueryJob, async ({ text }, { progress }) => {
    const outcome = await indexer.search(text, (audits, of) => progress({ audits, of }))
    return {
      outcome: outcome.result,
      documents: indexer.documentCount,
      ms: outcome.ms,
      openedFrom: indexer.openedFrom?.from ?? 'built',
    }
  }),
])
