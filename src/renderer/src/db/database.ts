import Dexie, { type EntityTable, type Table } from 'dexie'
import type { Answer, Audit, AuditContent, PreparationAnswer } from '@core/audit/model'
import type { SectionDraft } from '@core/authoring'
import type { ContentPack } from '@core/content'
import type { EvidenceBlob, EvidenceBlobRole, EvidenceItem } from '@core/evidence/model'
import type { FindingEdit } from '@core/findings/model'
import type { NarrativePart } from '@core/narrative'
import type { ConflictRow, DocRevRow, OutboxRow, TeamAuditRow, TeamDocRow } from '../team/team-rows'
import { outboxMiddleware } from '../team/outbox-middleware'
import { openOnlyAtAVersion } from './versioned-open'

export const DATABASE_NAME = 'audit-workbook'

export interface SettingRow {
  key: string
  value: unknown
}

/**
 * How an installed pack came here: a pack file from the Library, an imported archive,
 * published from the section editor, or installed from the firm's team library (2026-12-02).
 */
export type PackSource = 'pack-file' | 'archive' | 'editor' | 'team-library'

/** A content pack the consultant imported (the built-in pack is not stored). */
export interface InstalledPackRow {
  id: string
  version: string
  installedAt: number
  pack: ContentPack
  /** Absent on packs installed before it was recorded (2026-11-30); not an index. */
  source?: PackSource
  /** What changed since the version before, as sentences; recorded by the section editor. */
  summary?: string[]
}

/** A section being written in the section editor (PRODUCT.md §14), saved as it is typed. */
export interface SectionDraftRow {
  id: string
  draft: SectionDraft
  /** The published version this draft edits into the next one; absent for a section not yet published. */
  baseVersion?: string
  createdAt: number
  updatedAt: number
}

/**
 * The app's database. IndexedDB is keyed by origin (PRODUCT.md §13): the renderer's origin and
 * this name must never change, or every audit silently "disappears".
 */
export class WorkbookDatabase extends Dexie {
  audits!: EntityTable<Audit, 'id'>
  auditContents!: EntityTable<AuditContent, 'auditId'>
  answers!: Table<Answer, [string, string, string]>
  preparationAnswers!: Table<PreparationAnswer, [string, string, string]>
  settings!: EntityTable<SettingRow, 'key'>
  evidence!: EntityTable<EvidenceItem, 'id'>
  evidenceBlobs!: Table<EvidenceBlob<Blob>, [string, EvidenceBlobRole]>
  findingEdits!: Table<FindingEdit, [string, string, string]>
  packs!: Table<InstalledPackRow, [string, string]>
  sectionDrafts!: EntityTable<SectionDraftRow, 'id'>
  narratives!: Table<NarrativePart, [string, string]>
  teamAudits!: EntityTable<TeamAuditRow, 'auditId'>
  teamOutbox!: EntityTable<OutboxRow, 'seq'>
  teamRevs!: Table<DocRevRow, [string, string]>
  teamConflicts!: Table<ConflictRow, [string, string]>
  teamDocs!: Table<TeamDocRow, [string, string]>
  /** The audits shared with a team workspace, kept in memory: every write asks (issue 18). */
  readonly sharedAudits = new Set<string>()

  constructor(name: string = DATABASE_NAME) {
    // Chromium's default, "relaxed", reports a write complete before it reaches the disk.
    super(name, {
      chromeTransactionDurability: 'strict',
      // Never opened without a version: a newer app's database is refused, not patched.
      indexedDB: openOnlyAtAVersion(Dexie.dependencies.indexedDB),
    })
    declareSchema(this)
    this.use(outboxMiddleware(this.sharedAudits))
    this.on('ready', async () => {
      for (const team of await this.teamAudits.toArray())
        if (team.leftAt === undefined) this.sharedAudits.add(team.auditId)
    })
  }
}

/**
 * Every released schema version stays declared (PRODUCT.md §13); a new version is added below the
 * last one, with its date and an upgrade test in database.test.ts.
 */
function declareSchema(db: Dexie): void {
  // Version 1 — 2026-11-28: audits, their frozen content, answers, preparation answers, settings.
  db.version(1).stores({
    audits: 'id, updatedAt',
    auditContents: 'auditId',
    answers: '[auditId+sectionId+questionId], auditId',
    preparationAnswers: '[auditId+sectionId+itemId], auditId',
    settings: 'key',
  })

  // Version 2 — 2026-11-28: evidence metadata (queried by audit and by question), evidence bytes
  // in their own table with no index but the key (PRODUCT.md §13), the consultant's edits to
  // findings, and imported content packs. Nothing to migrate: only new tables.
  db.version(2).stores({
    evidence: 'id, auditId, *questionKeys',
    evidenceBlobs: '[evidenceId+role]',
    findingEdits: '[auditId+sectionId+questionId], auditId',
    packs: '[id+version]',
  })

  // Version 3 — 2026-11-28: answers indexed by audit and rating, so the audits screen counts each
  // audit's answered questions in the index (an answer without a rating is not in it) instead of
  // reading every answer of every audit with its notes. Nothing to migrate: IndexedDB builds the
  // index from the rows already there.
  db.version(3).stores({
    answers: '[auditId+sectionId+questionId], auditId, [auditId+rating]',
  })

  // Version 4 — 2026-12-01: section drafts of the section editor, listed newest first. Nothing to
  // migrate: only a new table.
  db.version(4).stores({
    sectionDrafts: 'id, updatedAt',
  })

  // Version 5 — 2026-12-01: the consultant's writing for the report (issue 15), one row per audit
  // and part, listed by audit. Nothing to migrate: only a new table.
  db.version(5).stores({
    narratives: '[auditId+part], auditId',
  })

  // Version 6 — 2026-12-02: the team workspace (issue 18): shared audits, the outbox of changes
  // still to send (by document, to gather a document's changes), the revision each document was
  // last synced at, open conflicts and the team's comments and assignments, listed by audit.
  // Nothing to migrate: only new tables, empty until a workspace is connected.
  db.version(6).stores({
    teamAudits: 'auditId',
    teamOutbox: '++seq, [auditId+docId]',
    teamRevs: '[auditId+docId]',
    teamConflicts: '[auditId+docId], auditId',
    teamDocs: '[auditId+docId], auditId',
  })
}

/** The newest schema version this build declares. */
export const SCHEMA_VERSION = 6
