import type { EvidenceItem } from '@core/evidence'
import { UserFacingError } from '@shared/errors'
import type { WorkbookDatabase } from '../../../db/database'
import {
  prepareEvidence,
  storeEvidence,
  type CaptureServices,
  type PreparedEvidence,
} from '../../../db/repositories/evidence'
import type { CaptureInput } from './capture-sources'
import { useCaptureProgress } from './capture-store'

export interface CaptureTarget {
  auditId: string
  questionKeys: string[]
  /** A caption for every item, e.g. the text of the request it answers. */
  caption?: string
}

export interface CaptureOutcome {
  added: EvidenceItem[]
  problems: string[]
}

// One capture at a time, in the order asked: a second drop while twenty photos are being added
// joins the queue, and the progress counts both.
let tail: Promise<unknown> = Promise.resolve()

/**
 * Adds each input as evidence, one after another, reporting progress and keeping going past a
 * refused file; each refusal is reported with its reason.
 */
export function captureEvidence(
  db: WorkbookDatabase,
  target: CaptureTarget,
  inputs: readonly CaptureInput[],
  services: CaptureServices,
): Promise<CaptureOutcome> {
  const progress = useCaptureProgress.getState()
  progress.enqueue(inputs.length)
  // Reading, hashing and rendering the next file overlaps with writing this one.
  const prepare = async (input: CaptureInput): Promise<PreparedEvidence> => {
    const source = await input.load()
    const caption = source.caption ?? target.caption
    return prepareEvidence(
      db,
      {
        ...source,
        auditId: target.auditId,
        questionKeys: target.questionKeys,
        ...(caption ? { caption } : {}),
      },
      services,
    )
  }
  const settle = (input: CaptureInput) =>
    prepare(input).then(
      (prepared) => ({ ok: true as const, prepared }),
      (error: unknown) => ({ ok: false as const, error }),
    )

  const run = async (): Promise<CaptureOutcome> => {
    const outcome: CaptureOutcome = { added: [], problems: [] }
    let next = inputs[0] ? settle(inputs[0]) : undefined
    for (const [index, input] of inputs.entries()) {
      const prepared = await next!
      const following = inputs[index + 1]
      next = following ? settle(following) : undefined
      try {
        if (!prepared.ok) throw prepared.error
        outcome.added.push(await storeEvidence(db, prepared.prepared))
      } catch (error) {
        const message =
          error instanceof UserFacingError
            ? error.message
            : `“${input.name}” could not be added (${error instanceof Error ? error.message : String(error)}).`
        outcome.problems.push(message)
        progress.report(message)
      }
      progress.advance()
    }
    return outcome
  }
  const result = tail.then(run, run)
  tail = result.catch(() => undefined)
  return result
}
