import type { ReportBranding } from '@core/report/build/input'
import type { ReportPage } from '@core/report/model'
import type { StoredBranding } from './known-settings'

export const LOGO_MEDIA_ID = 'branding/logo'

/**
 * The branding as the report model takes it: the logo by reference, its bytes kept aside, and
 * the page of the firm's Word template when one is set.
 */
export function reportBranding(stored: StoredBranding, page?: ReportPage): ReportBranding {
  const { logo } = stored
  return {
    accentColor: stored.accentColor.toUpperCase(),
    ...(page ? { page } : {}),
    ...(logo
      ? {
          logo: { mediaId: LOGO_MEDIA_ID, type: logo.type, width: logo.width, height: logo.height },
        }
      : {}),
  }
}
