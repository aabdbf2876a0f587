import { showsEvidence, showsNotes, type ReportEdition } from '../../audit/edition'
import type { Answer } from '../../audit/model'
import { findingsForEdition } from '../../findings/for-edition'
import type { ReportInput } from './input'

/**
 * The input as the chosen edition may tell it. `buildReportModel` starts here, so no chapter
 * (nor the Word writer, nor the preview, which render its model) ever sees an internal note or
 * item in the client edition: notes are emptied, items dropped before they are numbered (E1, E2…
 * run on without a gap), and findings lose gaps derived from those notes.
 */
export function reportInputForEdition(input: ReportInput): ReportInput {
  const { edition } = input.options
  if (edition === 'internal') return input
  return {
    ...input,
    answers: input.answers.map((answer) => answerForEdition(answer, edition)),
    evidence: input.evidence.filter(({ item }) => showsEvidence(item, edition)),
    findings: findingsForEdition(input.findings, edition),
    ...(input.predecessor
      ? {
          predecessor: {
            ...input.predecessor,
            findings: findingsForEdition(input.predecessor.findings, edition),
          },
        }
      : {}),
  }
}

function answerForEdition(answer: Answer, edition: ReportEdition): Answer {
  return showsNotes(answer, edition) ? answer : { ...answer, notes: '' }
}
