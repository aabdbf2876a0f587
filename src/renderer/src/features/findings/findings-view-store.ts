import { create } from 'zustand'
import { NO_FILTERS, type FindingFilters, type FindingSort } from './findings-list'

interface FindingsViewState {
  sort: FindingSort
  filters: FindingFilters
  setSort(sort: FindingSort): void
  setFilter<K extends keyof FindingFilters>(key: K, value: FindingFilters[K]): void
  clearFilters(): void
  reset(): void
}

/** The findings list's sort and filters: UI state only, reset when another audit opens. */
export const useFindingsView = create<FindingsViewState>()((set) => ({
  sort: 'severity',
  filters: NO_FILTERS,
  setSort: (sort) => set({ sort }),
  setFilter: (key, value) => set((state) => ({ filters: { ...state.filters, [key]: value } })),
  clearFilters: () => set({ filters: NO_FILTERS }),
  reset: () => set({ sort: 'severity', filters: NO_FILTERS }),
}))
