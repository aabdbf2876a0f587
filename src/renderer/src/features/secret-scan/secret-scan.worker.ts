import '../../zod-config'
import { isSupportedCountry, type CountryCode } from 'libphonenumber-js'
import { scanSources } from '@core/redaction'
import { implementJob, serveJobs } from '../../jobs/serve-jobs'
import { secretScanJob } from './secret-scan-job'

/** Runs the rules away from the page: secretlint's and libphonenumber's code loads only here. */
serveJobs([
  implementJob(secretScanJob, ({ sources, options }) => {
    const { phoneCountry, ...choices } = options
    const country =
      phoneCountry && isSupportedCountry(phoneCountry) ? (phoneCountry as CountryCode) : undefined
    return Promise.resolve(
      scanSources(sources, { ...choices, ...(country ? { phoneCountry: country } : {}) }),
    )
  }),
])
