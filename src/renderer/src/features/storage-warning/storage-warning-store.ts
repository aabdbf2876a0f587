import { create } from 'zustand'

interface StorageWarningState {
  /** Dismissed by the user: not shown again until the app is started again. */
  dismissed: boolean
  dismiss(): void
}

export const useStorageWarningState = create<StorageWarningState>()((set) => ({
  dismissed: false,
  dismiss: () => set({ dismissed: true }),
}))
