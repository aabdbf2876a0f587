import { create } from 'zustand'
import type { QuestionFilter } from '@core/audit'

interface InterviewUiState {
  filter: QuestionFilter
  search: string
  setFilter(filter: QuestionFilter): void
  setSearch(search: string): void
  reset(): void
}

/** The outline's filter and search: UI state only, never answers. */
export const useInterviewUi = create<InterviewUiState>()((set) => ({
  filter: 'all',
  search: '',
  setFilter: (filter) => set({ filter }),
  setSearch: (search) => set({ search }),
  reset: () => set({ filter: 'all', search: '' }),
}))
