import { create } from 'zustand'
import { NO_FILTER, type LockerFilter } from './locker-filter'

interface LockerUiState {
  filter: LockerFilter
  setFilter(filter: LockerFilter): void
  reset(): void
}

/** The locker's filters: UI state only, never evidence. */
export const useLockerUi = create<LockerUiState>()((set) => ({
  filter: NO_FILTER,
  setFilter: (filter) => set({ filter }),
  reset: () => set({ filter: NO_FILTER }),
}))
