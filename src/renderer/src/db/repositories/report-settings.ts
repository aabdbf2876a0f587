import { z } from 'zod'
import {
  DEFAULT_ACCENT,
  DEFAULT_REPORT_OPTIONS,
  type ReportBranding,
  type ReportOptions,
} from '@core/report/build/input'
import { MAX_LOGO_BYTES } from '@shared/open-kinds'
import type { WorkbookDatabase } from '../database'

export const OPTIONS_KEY = 'reportOptions'
export const BRANDING_KEY = 'reportBranding'

export const reportOptionsSchema = z.strictObject({
  title: z.string().trim().min(1, 'Give the report a title.').max(200),
  marking: z.string().trim().max(120),
  includeEvidenceAppendix: z.boolean(),
  embedImages: z.boolean(),
  includeNotes: z.boolean(),
})

const hexColour = z.string().regex(/^[0-9A-Fa-f]{6}$/, 'Choose a colour like 1F5F8B.')

export const logoSchema = z.strictObject({
  bytes: z
    .instanceof(Uint8Array)
    .refine((b) => b.byteLength <= MAX_LOGO_BYTES, 'Use a logo under 2 MB.'),
  type: z.enum(['png', 'jpg']),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
})
export type StoredLogo = z.infer<typeof logoSchema>

export const brandingSchema = z.strictObject({
  accentColor: hexColour,
  logo: logoSchema.optional(),
})
export type StoredBranding = z.infer<typeof brandingSchema>

/** The last export's options, so the next export starts from them. */
export async function loadReportOptions(db: WorkbookDatabase): Promise<ReportOptions> {
  const parsed = reportOptionsSchema.safeParse((await db.settings.get(OPTIONS_KEY))?.value)
  return parsed.success ? parsed.data : DEFAULT_REPORT_OPTIONS
}

export async function saveReportOptions(
  db: WorkbookDatabase,
  options: ReportOptions,
): Promise<void> {
  await db.settings.put({ key: OPTIONS_KEY, value: reportOptionsSchema.parse(options) })
}

export async function loadBranding(db: WorkbookDatabase): Promise<StoredBranding> {
  const parsed = brandingSchema.safeParse((await db.settings.get(BRANDING_KEY))?.value)
  return parsed.success ? parsed.data : { accentColor: DEFAULT_ACCENT }
}

export async function saveBranding(db: WorkbookDatabase, branding: StoredBranding): Promise<void> {
  await db.settings.put({ key: BRANDING_KEY, value: brandingSchema.parse(branding) })
}

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

export const LOGO_MEDIA_ID = 'branding/logo'
