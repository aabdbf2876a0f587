import type { AuditorProfile } from '@core/audit'
import type { ReportOptions } from '@core/report/build/input'
import { formatByteSize } from '@core/text/byte-size'
import type { WorkbookDatabase } from '../../db/database'
import { SIZE_LIMIT_KEY, loadEvidenceSizeLimit } from '../../db/repositories/evidence-settings'
import {
  BRANDING_KEY,
  OPTIONS_KEY,
  loadBranding,
  loadReportOptions,
  type StoredBranding,
} from '../../db/repositories/report-settings'
import { PROFILE_KEY, loadProfile } from '../../db/repositories/settings'

/**
 * What a backup's settings would change here, one line per value, with the value in effect now
 * and the one it brings: the import preview shows every global change before anything is
 * written. Only settings not yet set here are added (see `planImport`), so "now" is usually the
 * default the app falls back on.
 */
export interface SettingChange {
  setting: string
  from: string
  to: string
}

type Line = [setting: string, from: string, to: string]

const included = (on: boolean) => (on ? 'included' : 'left out')
const quoted = (text: string) => (text === '' ? 'none' : `“${text}”`)

function profileLines(now: AuditorProfile | undefined, next: AuditorProfile): Line[] {
  return [
    ['Auditor name', now ? quoted(now.auditorName) : 'not set', quoted(next.auditorName)],
    ['Firm', now ? quoted(now.firm) : 'not set', quoted(next.firm)],
  ]
}

function optionLines(now: ReportOptions, next: ReportOptions): Line[] {
  return [
    ['Report title', quoted(now.title), quoted(next.title)],
    ['Marking', quoted(now.marking), quoted(next.marking)],
    [
      'Evidence appendix',
      included(now.includeEvidenceAppendix),
      included(next.includeEvidenceAppendix),
    ],
    ['Images in the report', included(now.embedImages), included(next.embedImages)],
    ['Notes in the report', included(now.includeNotes), included(next.includeNotes)],
  ]
}

const logo = (branding: StoredBranding) =>
  branding.logo
    ? `a ${branding.logo.type.toUpperCase()} logo, ${branding.logo.width} × ${branding.logo.height}`
    : 'none'

function brandingLines(now: StoredBranding, next: StoredBranding): Line[] {
  return [
    ['Accent colour', `#${now.accentColor.toUpperCase()}`, `#${next.accentColor.toUpperCase()}`],
    ['Report logo', logo(now), logo(next)],
  ]
}

/** The changes the given settings (decoded and checked, by key) would make to this database. */
export async function describeSettingChanges(
  db: WorkbookDatabase,
  incoming: ReadonlyMap<string, unknown>,
): Promise<SettingChange[]> {
  // In a fixed order, whatever the archive's: who, then the report, then the limits.
  const lines: Line[] = []
  const next = (key: string) => incoming.get(key)
  if (incoming.has(PROFILE_KEY))
    lines.push(...profileLines(await loadProfile(db), next(PROFILE_KEY) as AuditorProfile))
  if (incoming.has(OPTIONS_KEY))
    lines.push(...optionLines(await loadReportOptions(db), next(OPTIONS_KEY) as ReportOptions))
  if (incoming.has(BRANDING_KEY))
    lines.push(...brandingLines(await loadBranding(db), next(BRANDING_KEY) as StoredBranding))
  if (incoming.has(SIZE_LIMIT_KEY)) {
    const now = formatByteSize(await loadEvidenceSizeLimit(db))
    lines.push(['Largest evidence file', now, formatByteSize(next(SIZE_LIMIT_KEY) as number)])
  }
  return lines
    .filter(([, from, to]) => from !== to)
    .map(([setting, from, to]) => ({ setting, from, to }))
}
