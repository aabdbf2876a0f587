import type { Answer, Audit } from '../../audit/model'
import type { EvidenceItem } from '../../evidence/model'
import type { FindingEdit } from '../../findings/model'
import { evidenceDoc, findingDoc, noteDoc, type QuestionLabel, type SearchDoc } from '../documents'
import { SearchIndex, type SearchOutcome } from '../search-index'

/** Records and an index of two audits, for the search tests. */

export function audit(id: string, client: string, system: string, deletedAt?: number): Audit {
  return {
    id,
    client,
    system,
    auditors: [],
    firm: '',
    startDate: '2026-01-01',
    status: 'in-progress',
    contextNotes: '',
    sectionIds: [],
    questionCount: 0,
    createdAt: 0,
    updatedAt: 0,
    ...(deletedAt === undefined ? {} : { deletedAt }),
  }
}

export function answer(
  auditId: string,
  questionId: string,
  notes: string,
  rating?: Answer['rating'],
) {
  return {
    auditId,
    sectionId: 's1',
    questionId,
    notes,
    interviewees: '',
    followUp: false,
    evidenceRequests: [],
    updatedAt: 0,
    ...(rating ? { rating } : {}),
  } satisfies Answer
}

export function evidence(
  id: string,
  auditId: string,
  fileName: string,
  caption: string,
): EvidenceItem {
  return {
    id,
    auditId,
    kind: 'screenshot',
    fileName,
    mediaType: 'image/png',
    size: 1,
    sha256: '',
    capturedAt: 0,
    capturedBy: '',
    caption,
    questionKeys: [],
    renditions: [],
  }
}

export const label = (prompt: string): QuestionLabel => ({
  prompt,
  findingTitle: `On-call: ${prompt}`,
})

/** Two audits: notes, a finding with an edited title, evidence. */
export function seeded(): SearchIndex {
  const index = new SearchIndex()
  index.putAudit(audit('a1', 'Acme Bank', 'Payments platform'))
  index.putAudit(audit('a2', 'Société Générale Café', 'HR portal'))
  const docs: Array<SearchDoc | undefined> = [
    noteDoc(
      answer('a1', 'q1', 'The firewall rules are reviewed yearly by the network team.'),
      label('Who reviews firewall rules?'),
    ),
    noteDoc(
      answer('a1', 'q2', 'Backups are restored quarterly; the last restore test failed.'),
      label('Are backups tested?'),
    ),
    noteDoc(
      answer('a2', 'q1', 'Firewall changes go through the change board.'),
      label('Who reviews firewall rules?'),
    ),
    findingDoc(
      answer('a1', 'q2', 'Backups are restored quarterly', 'not-met'),
      {
        auditId: 'a1',
        sectionId: 's1',
        questionId: 'q2',
        title: 'Restore tests fail silently',
        recommendation: 'Alert the on-call engineer when a restore test fails.',
        owner: '',
        dueDate: '',
        status: 'open',
        updatedAt: 0,
      } satisfies FindingEdit,
      label('Are backups tested?'),
    ),
    evidenceDoc(
      evidence('e1', 'a2', 'firewall-console.png', 'Rule base exported from the console'),
    ),
  ]
  for (const doc of docs) if (doc) index.put(doc)
  return index
}

export const kinds = (outcome: SearchOutcome) =>
  outcome.groups.map((g) => [g.heading, g.hits.map((h) => `${h.kind}:${h.id.split(':')[1]}`)])
