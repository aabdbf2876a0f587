import { EDITION_CHOICES, type AuditorProfile } from '@core/audit'
import type { ReportOptions } from '@core/report/build/input'
import type { z } from 'zod'
import { formatByteSize } from '@core/text/byte-size'
import { plural } from '@core/text/plural'
import type { WorkbookDatabase } from '../../db/database'
import { loadSetting } from '../../db/queries/settings'
import type { Setting } from '../../db/settings/define-setting'
import {
  brandingSetting,
  evidenceSizeLimitSetting,
  profileSetting,
  reportOptionsSetting,
  sheetMappingsSetting,
  type StoredBranding,
} from '../../db/settings/known-settings'

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
    ['Edition', EDITION_CHOICES[now.edition].label, EDITION_CHOICES[next.edition].label],
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
  // Each incoming value has been checked with its setting's schema.
  const next = <S extends Setting>(setting: S) => incoming.get(setting.key) as z.output<S['schema']>
  const brings = (setting: Setting) => incoming.has(setting.key)
  if (brings(profileSetting))
    lines.push(...profileLines(await loadSetting(db, profileSetting), next(profileSetting)))
  if (brings(reportOptionsSetting))
    lines.push(
      ...optionLines(await loadSetting(db, reportOptionsSetting), next(reportOptionsSetting)),
    )
  if (brings(brandingSetting))
    lines.push(...brandingLines(await loadSetting(db, brandingSetting), next(brandingSetting)))
  if (brings(evidenceSizeLimitSetting)) {
    const now = formatByteSize(await loadSetting(db, evidenceSizeLimitSetting))
    lines.push(['Largest evidence file', now, formatByteSize(next(evidenceSizeLimitSetting))])
  }
  if (brings(sheetMappingsSetting)) {
    const mappings = (count: number) => plural(count, 'saved column mapping')
    const now = (await loadSetting(db, sheetMappingsSetting)).length
    lines.push(['Workbook import', mappings(now), mappings(next(sheetMappingsSetting).length)])
  }
  return lines
    .filter(([, from, to]) => from !== to)
    .map(([setting, from, to]) => ({ setting, from, to }))
}
