import { create } from 'zustand'
import type { AuditListView, AuditSort } from './audit-list'

interface AuditListViewState extends AuditListView {
  setQuery(query: string): void
  setSort(sort: AuditSort): void
  setShowArchived(showArchived: boolean): void
}

/** How the audits screen is searched, sorted and filtered; kept while the user moves around. */
export const useAuditListView = create<AuditListViewState>()((set) => ({
  query: '',
  sort: 'updated',
  showArchived: false,
  setQuery: (query) => set({ query }),
  setSort: (sort) => set({ sort }),
  setShowArchived: (showArchived) => set({ showArchived }),
}))
