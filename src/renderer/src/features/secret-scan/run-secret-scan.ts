import type { SourceHits } from '@core/redaction'
import { jobWorkers } from '../../jobs/job-workers'
import type { ScanTarget } from '../../db/queries/scan-targets'
import { secretScanJob } from './secret-scan-job'

/** Kept a minute, so the scans that follow each action reuse a worker with its rules compiled. */
const scanWorkers = jobWorkers({
  start: () =>
    new Worker(new URL('./secret-scan.worker.ts', import.meta.url), {
      type: 'module',
      name: 'secret-scan',
    }),
  keepIdleMs: 60_000,
})

export interface ScanChoices {
  emails: boolean
  phones: boolean
}

/** The country of the user's locale ("en-GB" → GB), for phone numbers written without "+44". */
function localeCountry(): string | undefined {
  try {
    return new Intl.Locale(navigator.language).maximize().region
  } catch {
    return undefined
  }
}

export function runSecretScan(
  targets: readonly ScanTarget[],
  choices: ScanChoices,
): Promise<SourceHits[]> {
  const country = localeCountry()
  return scanWorkers.run(secretScanJob, {
    sources: targets.map(({ id, text }) => ({ id, text })),
    options: { ...choices, ...(country ? { phoneCountry: country } : {}) },
  })
}
