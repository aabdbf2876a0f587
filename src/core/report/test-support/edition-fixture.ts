import type { ReportEdition } from '../../audit/edition'
import { deriveFindings } from '../../findings/derive'
import { DEFAULT_REPORT_OPTIONS, type ReportInput } from '../build/input'
import { fixtureInput } from './fixture-audit'
import { TINY_PNG } from './sample-model'

/** A string nobody writes by chance: put only where the firm marked things internal. */
export const INTERNAL_MARKER = 'ZZ-INTERNAL-7731'

/** The question (by index in interview order) whose notes are internal: rated Not met. */
const INTERNAL_NOTES_AT = 4

/**
 * The fixture audit with the marker in an internal note (of a question rated Not met, so its
 * finding's derived gap quotes it) and in the file name, caption and image bytes of an internal
 * evidence item; everything else client-visible.
 */
export function editionFixture(edition: ReportEdition): ReportInput {
  const base = fixtureInput()
  const answers = base.answers.map((answer, i) =>
    i === INTERNAL_NOTES_AT
      ? { ...answer, notes: `Ops lead leaving in March (${INTERNAL_MARKER}).`, notesInternal: true }
      : answer,
  )
  const [image, ...others] = base.evidence
  const internalImage = {
    ...image!,
    item: {
      ...image!.item,
      fileName: `${INTERNAL_MARKER}-dashboard.png`,
      caption: `Dashboard ${INTERNAL_MARKER}`,
      internal: true,
    },
  }
  return {
    ...base,
    answers,
    findings: deriveFindings(base.content, answers, []),
    evidence: [internalImage, ...others],
    options: { ...DEFAULT_REPORT_OPTIONS, edition },
  }
}

/** Image bytes per media id: the internal item's carry the marker, as a real file's name might. */
export function editionFixtureImage(media: { id: string }): Uint8Array {
  if (media.id !== 'ev-1/page') return TINY_PNG
  const marker = Uint8Array.from(INTERNAL_MARKER, (c) => c.charCodeAt(0))
  const bytes = new Uint8Array(TINY_PNG.length + marker.length)
  bytes.set(TINY_PNG)
  bytes.set(marker, TINY_PNG.length)
  return bytes
}
