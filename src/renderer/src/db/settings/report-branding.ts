import type { ReportBranding } from '@core/report/build/input'
import type { StoredBranding } from './known-settings'

export const LOGO_MEDIA_ID = 'branding/logo'

/** The branding as the report model takes it: the logo by reference, its bytes kept aside. */
export function reportBranding(stored: StoredBranding): ReportBranding {
  const { logo } = stored
  return {
    accentColor: stored.accentColor.toUpperCase(),
    ...(logo
      ? {
          logo: { mediaId: LOGO_MEDIA_ID, type: logo.type, width: logo.width, height: logo.height },
        }
      : {}),
  }
}
