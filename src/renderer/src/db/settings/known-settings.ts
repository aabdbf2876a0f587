import { z } from 'zod'
import {
  DEFAULT_EVIDENCE_SIZE_LIMIT,
  MAX_EVIDENCE_SIZE_LIMIT,
  MIN_EVIDENCE_SIZE_LIMIT,
} from '@core/evidence'
import { DEFAULT_EDITION, REPORT_EDITIONS } from '@core/audit'
import { DEFAULT_ACCENT, DEFAULT_REPORT_OPTIONS } from '@core/report/build/input'
import { TEMPLATE_LIMITS } from '@core/report/docx/template/template-limits'
import { columnMappingSchema } from '@core/sheets/column-mapping-schema'
import { MAX_LOGO_BYTES } from '@shared/open-kinds'
import { parseServerAddress } from '@shared/team-server'
import { defineSetting, type Setting, type SettingValue } from './define-setting'

/** The auditor's name and firm, asked once at first run; undefined until then. */
export const profileSetting = defineSetting(
  'profile',
  z.object({
    auditorName: z.string().trim().min(1).max(120),
    firm: z.string().trim().max(200),
  }),
  undefined,
)

/** The last export's options, so the next export starts from them. */
export const reportOptionsSetting = defineSetting(
  'reportOptions',
  z.strictObject({
    title: z.string().trim().min(1, 'Give the report a title.').max(200),
    marking: z.string().trim().max(120),
    includeEvidenceAppendix: z.boolean(),
    embedImages: z.boolean(),
    includeNotes: z.boolean(),
    // Options stored before editions existed read as the client edition, the safe one.
    edition: z.enum(REPORT_EDITIONS).default(DEFAULT_EDITION),
  }),
  DEFAULT_REPORT_OPTIONS,
)

const hexColour = z.string().regex(/^[0-9A-Fa-f]{6}$/, 'Choose a colour like 1F5F8B.')

const logoSchema = z.strictObject({
  bytes: z
    .instanceof(Uint8Array)
    .refine((b) => b.byteLength <= MAX_LOGO_BYTES, 'Use a logo under 2 MB.'),
  type: z.enum(['png', 'jpg']),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
})
export type StoredLogo = z.infer<typeof logoSchema>

const brandingSchema = z.strictObject({
  accentColor: hexColour,
  logo: logoSchema.optional(),
})
export type StoredBranding = z.infer<typeof brandingSchema>

const DEFAULT_BRANDING: StoredBranding = { accentColor: DEFAULT_ACCENT }

/** The report's accent colour and logo. */
export const brandingSetting = defineSetting('reportBranding', brandingSchema, DEFAULT_BRANDING)

/**
 * The firm's Word template, as imported: its bytes (read again for every export, so a fix to the
 * reader applies to a template imported before it), the file's name and when it was imported.
 * Undefined until one is imported.
 */
export const reportTemplateSetting = defineSetting(
  'reportTemplate',
  z.strictObject({
    name: z.string().trim().min(1).max(255),
    bytes: z
      .instanceof(Uint8Array)
      .refine((b) => b.byteLength <= TEMPLATE_LIMITS.maxFileBytes, 'The template is too large.'),
    importedAt: z.number().int().nonnegative(),
  }),
  undefined,
)
export type StoredTemplate = NonNullable<SettingValue<typeof reportTemplateSetting>>

/** The largest evidence file accepted, in bytes: the saved setting, or 250 MB. */
export const evidenceSizeLimitSetting = defineSetting(
  'evidenceSizeLimit',
  z.number().int().min(MIN_EVIDENCE_SIZE_LIMIT).max(MAX_EVIDENCE_SIZE_LIMIT),
  DEFAULT_EVIDENCE_SIZE_LIMIT,
)

/** How many column mappings are kept; the oldest used is forgotten first. */
export const MAX_SAVED_MAPPINGS = 50

/**
 * The workbook import's column mappings, one per shape of question sheet (its header names), the
 * most recently used first: the next file of a known shape is read without asking.
 */
export const sheetMappingsSetting = defineSetting(
  'sheetMappings',
  z.array(columnMappingSchema).max(MAX_SAVED_MAPPINGS),
  [],
)

/**
 * The team workspace this laptop signs in to (issue 18): its server and the user's name there,
 * never the password (the keychain holds it, see `team:credentials:*`). Null in solo use: then no
 * request is ever made. Listed among the known settings so that a full archive taken while
 * connected can be restored; a restored one connects nothing until the user signs in here.
 */
export const teamSetting = defineSetting(
  'team',
  z
    .strictObject({
      server: z
        .string()
        .max(2048)
        .refine((server) => parseServerAddress(server).ok, 'is not an https address'),
      username: z.string().trim().min(1).max(200),
    })
    .nullable(),
  null,
)

/**
 * Every setting this version knows. An archive may bring only these (each checked with its own
 * schema); one this version does not know is refused, since nothing would read it.
 */
export const KNOWN_SETTINGS: readonly Setting[] = [
  profileSetting,
  reportOptionsSetting,
  brandingSetting,
  reportTemplateSetting,
  evidenceSizeLimitSetting,
  sheetMappingsSetting,
  teamSetting,
]

/** What the secret scan before a client export looks for beyond credentials (issue 16). */
export const secretScanOptionsSetting = defineSetting(
  'secretScanOptions',
  z.strictObject({ emails: z.boolean(), phones: z.boolean() }),
  { emails: false, phones: false },
)
