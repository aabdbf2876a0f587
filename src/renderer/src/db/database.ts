import Dexie, { type EntityTable, type Table } from 'dexie'
import type { Answer, Audit, AuditContent, PreparationAnswer } from '@core/audit/model'

export const DATABASE_NAME = 'audit-workbook'

export interface SettingRow {
  key: string
  value: unknown
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

  constructor(name: string = DATABASE_NAME) {
    // Chromium's default, "relaxed", reports a write complete before it reaches the disk.
    super(name, { chromeTransactionDurability: 'strict' })
    declareSchema(this)
  }
}

/**
 * Every released schema version stays declared (PRODUCT.md §13); a new version is added below the
 * last one, with its date and an upgrade test in database.test.ts.
 */
export function declareSchema(db: Dexie): void {
  // Version 1 — 2026-11-28: audits, their frozen content, answers, preparation answers, settings.
  db.version(1).stores({
    audits: 'id, updatedAt',
    auditContents: 'auditId',
    answers: '[auditId+sectionId+questionId], auditId',
    preparationAnswers: '[auditId+sectionId+itemId], auditId',
    settings: 'key',
  })
}
