import { create } from 'zustand'

interface CaptureState {
  /** Items queued in the current run, and how many of them are finished. */
  total: number
  done: number
  /** Refusals and failures of recent captures, shown until dismissed. */
  problems: string[]
  enqueue(count: number): void
  advance(): void
  report(problem: string): void
  dismissProblems(): void
}

/** Progress of evidence being added ("Adding 3 of 20…"): UI state only, never evidence. */
export const useCaptureProgress = create<CaptureState>()((set) => ({
  total: 0,
  done: 0,
  problems: [],
  enqueue: (count) => set((s) => ({ total: s.total + count })),
  advance: () => set((s) => (s.done + 1 >= s.total ? { total: 0, done: 0 } : { done: s.done + 1 })),
  report: (problem) => set((s) => ({ problems: [...s.problems, problem].slice(-20) })),
  dismissProblems: () => set({ problems: [] }),
}))
