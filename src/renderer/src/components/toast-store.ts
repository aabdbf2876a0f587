import { create } from 'zustand'

export interface Toast {
  id: number
  message: string
  tone: 'info' | 'error'
  /** A single follow-up action, such as "Undo". */
  action?: { label: string; run: () => void | Promise<void> }
}

interface ToastState {
  toasts: Toast[]
  show(toast: Omit<Toast, 'id'>): number
  dismiss(id: number): void
}

let nextId = 1

/** Short-lived messages: confirmations with undo, and errors the user must see. */
export const useToasts = create<ToastState>()((set) => ({
  toasts: [],
  show(toast) {
    const id = nextId++
    set((state) => ({ toasts: [...state.toasts.slice(-2), { ...toast, id }] }))
    return id
  },
  dismiss(id) {
    set((state) => ({ toasts: state.toasts.filter((t) => t.id !== id) }))
  },
}))

/** Shows an error thrown by a repository or the bridge in the user's words. */
export function showError(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error)
  useToasts.getState().show({ message, tone: 'error' })
}
