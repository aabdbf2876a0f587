import type { ContentPack } from '@core/content'
import type { AuditDraft } from '@core/audit'
import type { EvidenceItem } from '@core/evidence'
import { WorkbookDatabase } from '../database'
import type { Clock } from '../repositories/clock'
import {
  prepareEvidence,
  storeEvidence,
  type CaptureServices,
  type NewEvidence,
} from '../repositories/evidence'

let databaseCount = 0

/** A fresh, empty database on fake-indexeddb, unique per test. */
export async function freshDatabase(): Promise<WorkbookDatabase> {
  databaseCount += 1
  const db = new WorkbookDatabase(`test-${databaseCount}-${Math.random().toString(36).slice(2)}`)
  await db.open()
  return db
}

/** A clock whose time only moves when told and whose ids count up. */
export function fakeClock(
  start = Date.UTC(2026, 10, 28, 9, 0),
): Clock & { advance(ms: number): void } {
  let time = start
  let id = 0
  return {
    now: () => time,
    newId: () => `id-${++id}`,
    advance(ms: number) {
      time += ms
    },
  }
}

export function draftFor(pack: ContentPack, overrides: Partial<AuditDraft> = {}): AuditDraft {
  return {
    client: 'Northwind Traders',
    system: 'Payments platform',
    auditors: ['Ana Ruiz'],
    firm: 'Ruiz Consulting',
    startDate: '2026-11-28',
    sectionIds: pack.sections.map((s) => s.id),
    contextNotes: '',
    ...overrides,
  }
}

/** A `Storage` in memory, standing in for localStorage. */
export function memoryStorage(): Storage {
  const items = new Map<string, string>()
  return {
    get length() {
      return items.size
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  }
}

/** Captures one item the way the capture queue does: prepared, then stored. */
export async function captureEvidence(
  db: WorkbookDatabase,
  input: NewEvidence,
  services: CaptureServices = {},
): Promise<EvidenceItem> {
  return storeEvidence(db, await prepareEvidence(db, input, services))
}
