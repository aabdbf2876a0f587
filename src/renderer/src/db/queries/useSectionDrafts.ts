import { useLiveQuery } from 'dexie-react-hooks'
import { useDatabase } from '../DatabaseContext'
import type { SectionDraftRow } from '../database'
import { sectionDraftRow, sectionDraftRows } from './section-drafts'

/** Every open section draft, most recently edited first; undefined while loading. */
export function useSectionDrafts(): SectionDraftRow[] | undefined {
  const db = useDatabase()
  return useLiveQuery(() => sectionDraftRows(db), [db])
}

/**
 * One draft: undefined while loading, null once it is gone (published or discarded).
 */
export function useSectionDraft(id: string): SectionDraftRow | null | undefined {
  const db = useDatabase()
  return useLiveQuery(async () => (await sectionDraftRow(db, id)) ?? null, [db, id])
}
