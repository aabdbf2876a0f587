import '../../zod-config'
import { WorkbookDatabase } from '../../db/database'
import { onDatabaseWrite } from '../../db/queries/database-changes'
import { implementJob, serveJobs } from '../../jobs/serve-jobs'
import { searchQueryJob } from './search-job'
import { SearchIndexer } from './search-indexer'

// The search index lives here for the page's life: built at the first query, kept current by
// every write's `storagemutated` broadcast (Dexie sends it to every window and worker of the
// origin), so typing notes costs the page nothing but the write it already makes.
const indexer = new SearchIndexer(new WorkbookDatabase())
onDatabaseWrite((parts) => indexer.noteChanges(parts))

serveJobs([
  implementJob(searchQueryJob, async ({ text }, { progress }) => {
    const outcome = await indexer.search(text, (audits, of) => progress({ audits, of }))
    return { outcome: outcome.result, documents: indexer.documentCount, ms: outcome.ms }
  }),
])
