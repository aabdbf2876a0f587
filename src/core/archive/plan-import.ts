import type { Audit, AuditStatus } from '../audit/model'
import { isAnswered } from '../audit/question-order'
import { evidenceEntryName } from './format'
import type { EvidenceFileMeta } from './schemas'
import type { ArchiveData } from './types'

/**
 * What an import will write, decided before it writes: which audits come in as themselves and
 * which as copies, with every id remapped. Pure, so the preview the user confirms and the import
 * itself (run again inside its transaction) decide the same way.
 */

/** What the database already holds, as far as an import can collide with it. */
export interface TakenIds {
  /** Audit ids in use anywhere: an audit, or any row keyed by one. */
  auditIds: ReadonlySet<string>
  evidenceIds: ReadonlySet<string>
  /** Installed packs, as `id@version`. */
  packs: ReadonlySet<string>
  /** Every installed section id, with the id of the pack that has it (the built-in one too). */
  sectionPacks: ReadonlyMap<string, string>
  settingKeys: ReadonlySet<string>
}

export const IMPORTED_MARK = ' (imported)'

export interface PlannedAudit {
  /** The id in the archive, and the id it will have here. */
  sourceId: string
  id: string
  client: string
  system: string
  startDate: string
  status: AuditStatus
  /** Imported as a copy because its id is already in use; its client carries the mark. */
  copied: boolean
  answered: number
  evidenceCount: number
  evidenceBytes: number
}

export interface PlannedFile {
  /** The archive entry holding its bytes. */
  entryName: string
  meta: EvidenceFileMeta
}

export type PackAction = 'install' | 'installed' | 'conflict'

export interface PlannedPack {
  id: string
  version: string
  title: string
  action: PackAction
  /** For a conflict: the installed pack that already has one of its sections. */
  conflictWith?: string
}

export interface ImportPlan {
  /** The rows to write: ids remapped, packs and settings only those not already here. */
  data: ArchiveData
  files: PlannedFile[]
  audits: PlannedAudit[]
  packs: PlannedPack[]
  evidenceCount: number
  evidenceBytes: number
}

export function markImported(client: string): string {
  return client.endsWith(IMPORTED_MARK) ? client : client + IMPORTED_MARK
}

export function planImport(data: ArchiveData, taken: TakenIds, newId: () => string): ImportPlan {
  const auditIds = new Map<string, string>()
  const copied = new Set<string>()
  for (const audit of data.audits) {
    const copy = taken.auditIds.has(audit.id)
    if (copy) copied.add(audit.id)
    auditIds.set(audit.id, copy ? newId() : audit.id)
  }
  const auditId = (id: string) => auditIds.get(id) ?? id

  const evidenceIds = new Map<string, string>()
  for (const item of data.evidence) {
    const fresh = copied.has(item.auditId) || taken.evidenceIds.has(item.id)
    evidenceIds.set(item.id, fresh ? newId() : item.id)
  }
  const evidenceId = (id: string) => evidenceIds.get(id) ?? id
  const keyedByAudit = <T extends { auditId: string }>(rows: readonly T[]): T[] =>
    rows.map((row) => ({ ...row, auditId: auditId(row.auditId) }))

  const audits = data.audits.map((audit): Audit => ({
    ...audit,
    id: auditId(audit.id),
    client: copied.has(audit.id) ? markImported(audit.client) : audit.client,
    // A predecessor in the same archive follows it; one outside keeps its id (it may be here).
    ...(audit.predecessorId === undefined ? {} : { predecessorId: auditId(audit.predecessorId) }),
  }))
  const evidence = data.evidence.map((item) => ({
    ...item,
    id: evidenceId(item.id),
    auditId: auditId(item.auditId),
    // A source in the archive follows it to its new id; one outside keeps its id.
    ...(item.derivation
      ? { derivation: { ...item.derivation, fromId: evidenceId(item.derivation.fromId) } }
      : {}),
  }))
  const files = data.evidenceFiles.map((meta) => ({
    entryName: evidenceEntryName(meta.evidenceId, meta.role),
    meta: { ...meta, evidenceId: evidenceId(meta.evidenceId) },
  }))
  const packs = planPacks(data, taken)
  const installing = new Set(packs.filter((p) => p.action === 'install').map(packKey))

  const planned: ArchiveData = {
    audits,
    auditContents: keyedByAudit(data.auditContents),
    answers: keyedByAudit(data.answers),
    preparationAnswers: keyedByAudit(data.preparationAnswers),
    findingEdits: keyedByAudit(data.findingEdits),
    evidence,
    evidenceFiles: files.map((f) => f.meta),
    settings: data.settings.filter((s) => !taken.settingKeys.has(s.key)),
    packs: data.packs.filter((p) => installing.has(packKey(p))),
    narratives: keyedByAudit(data.narratives),
  }
  return {
    data: planned,
    files,
    audits: summarizeAudits(data, audits, copied),
    packs,
    evidenceCount: data.evidence.length,
    evidenceBytes: data.evidence.reduce((sum, item) => sum + item.size, 0),
  }
}

const packKey = (p: { id: string; version: string }) => `${p.id}@${p.version}`

/** A pack already installed stays as it is; one whose sections another pack has is left out. */
function planPacks(data: ArchiveData, taken: TakenIds): PlannedPack[] {
  const owners = new Map(taken.sectionPacks)
  return data.packs.map(({ id, version, pack }): PlannedPack => {
    const base = { id, version, title: pack.title }
    if (taken.packs.has(packKey(pack))) return { ...base, action: 'installed' }
    const clash = pack.sections.map((s) => owners.get(s.id)).find((owner) => owner && owner !== id)
    if (clash) return { ...base, action: 'conflict', conflictWith: clash }
    for (const section of pack.sections) owners.set(section.id, id)
    return { ...base, action: 'install' }
  })
}

interface Tally {
  answered: number
  evidenceCount: number
  evidenceBytes: number
}

/**
 * Each audit's summary for the preview, in one pass over the answers and one over the evidence
 * (an archive of thousands of audits must not be read once per audit).
 */
function summarizeAudits(
  data: ArchiveData,
  planned: readonly Audit[],
  copied: ReadonlySet<string>,
): PlannedAudit[] {
  const tallies = new Map<string, Tally>(
    data.audits.map((a) => [a.id, { answered: 0, evidenceCount: 0, evidenceBytes: 0 }]),
  )
  for (const answer of data.answers) {
    const tally = tallies.get(answer.auditId)
    if (tally && isAnswered(answer)) tally.answered++
  }
  for (const item of data.evidence) {
    const tally = tallies.get(item.auditId)
    if (!tally) continue
    tally.evidenceCount++
    tally.evidenceBytes += item.size
  }
  return data.audits.map((source, i) => {
    const audit = planned[i]!
    return {
      sourceId: source.id,
      id: audit.id,
      client: audit.client,
      system: audit.system,
      startDate: audit.startDate,
      status: audit.status,
      copied: copied.has(source.id),
      ...tallies.get(source.id)!,
    }
  })
}
