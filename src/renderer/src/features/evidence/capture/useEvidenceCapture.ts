import { useCallback } from 'react'
import { useDatabase } from '../../../db/DatabaseContext'
import { loadSetting } from '../../../db/queries/settings'
import { evidenceSizeLimitSetting } from '../../../db/settings/known-settings'
import { getBridge } from '../../../platform/bridge'
import { showError } from '../../../components/toast-store'
import { workerRenditions } from '../renditions/worker-renditions'
import { captureEvidence, type CaptureOutcome, type CaptureTarget } from './capture-queue'
import { openedFileInput, type CaptureInput } from './capture-sources'
import { useCaptureProgress } from './capture-store'

const NOTHING: CaptureOutcome = { added: [], problems: [] }

/** Capturing evidence into one audit: from inputs at hand, or from files the user picks. */
export function useEvidenceCapture(auditId: string) {
  const db = useDatabase()

  const capture = useCallback(
    (target: Omit<CaptureTarget, 'auditId'>, inputs: readonly CaptureInput[]) =>
      inputs.length === 0
        ? Promise.resolve(NOTHING)
        : captureEvidence(db, { ...target, auditId }, inputs, { renditions: workerRenditions }),
    [db, auditId],
  )

  const pickAndCapture = useCallback(
    async (target: Omit<CaptureTarget, 'auditId'>): Promise<CaptureOutcome> => {
      let result
      try {
        // Main checks each file against the user's limit before reading any of it, and leaves
        // out those over it.
        const maxBytes = await loadSetting(db, evidenceSizeLimitSetting)
        result = await getBridge().openFiles({ kind: 'evidence', maxBytes })
      } catch (error) {
        // A refused choice (too large, gone, unreadable) is shown with the other capture
        // problems, where a refused drop is shown.
        const problem = error instanceof Error ? error.message : String(error)
        useCaptureProgress.getState().report(problem)
        return { added: [], problems: [problem] }
      }
      if (result.status === 'canceled') return NOTHING
      // Files too large for the limit were not read; the others are added all the same.
      const leftOut = result.leftOut ? [result.leftOut] : []
      for (const problem of leftOut) useCaptureProgress.getState().report(problem)
      try {
        const outcome = await capture(target, result.files.map(openedFileInput))
        return { ...outcome, problems: [...leftOut, ...outcome.problems] }
      } catch (error) {
        showError(error)
        return { added: [], problems: leftOut }
      }
    },
    [capture, db],
  )

  return { capture, pickAndCapture }
}
