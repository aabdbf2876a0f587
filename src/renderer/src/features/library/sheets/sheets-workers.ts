import { jobWorkers } from '../../../jobs/job-workers'

/**
 * The sheets worker's pool: a worker per job, ended after it. Imports and exports are rare, and a
 * refused file leaves nothing behind.
 */
export const sheetsWorkers = jobWorkers({
  start: () => new Worker(new URL('./sheets.worker.ts', import.meta.url), { type: 'module' }),
  keepIdleMs: 0,
})
