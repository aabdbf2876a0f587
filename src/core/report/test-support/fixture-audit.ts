import { snapshotContent, type Answer, type Audit, type Rating } from '../../audit/model'
import { builtinPack } from '../../content'
import type { EvidenceItem } from '../../evidence/model'
import { deriveFindings } from '../../findings/derive'
import { scoreAudit } from '../../scoring/score-audit'
import { DEFAULT_REPORT_OPTIONS, type ReportInput } from '../build/input'

const AUDIT_ID = 'audit-1'

export const fixtureAudit: Audit = {
  id: AUDIT_ID,
  client: 'Northwind Traders',
  system: 'Payments platform',
  auditors: ['Ana Ruiz', 'Tom Lee'],
  firm: 'Ruiz Consulting',
  startDate: '2026-11-20',
  status: 'final',
  contextNotes: '',
  sectionIds: ['incident-response'],
  questionCount: 9,
  createdAt: Date.UTC(2026, 10, 20, 9),
  updatedAt: Date.UTC(2026, 10, 27, 17),
}

/** Ratings in interview order: Owned and Reachable achieved, Runbooked not. */
const RATINGS: Rating[] = [
  'met',
  'met',
  'met',
  'met',
  'not-met',
  'partial',
  'met',
  'partial',
  'not-met',
]

export function fixtureInput(overrides: Partial<ReportInput> = {}): ReportInput {
  const content = snapshotContent(AUDIT_ID, [builtinPack], ['incident-response'])
  const section = content.sections[0]!.section
  const questions = section.checks.flatMap((c) => c.questions)
  const answers: Answer[] = questions.map((q, i) => ({
    auditId: AUDIT_ID,
    sectionId: section.id,
    questionId: q.id,
    rating: RATINGS[i],
    notes:
      i === 4 ? 'No runbooks at all.\nThe wiki has a stub page — “TODO”.' : `Notes for ${q.id}.`,
    interviewees: 'Priya Shah (SRE lead)',
    basis: i % 2 === 0 ? 'verified' : 'stated',
    followUp: false,
    evidenceRequests: [],
    updatedAt: Date.UTC(2026, 10, 21, 10, i),
  }))
  const evidence: EvidenceItem[] = [
    evidenceItem('ev-1', 'pagerduty-schedule.png', 'image/png', [questions[0]!.id], 1),
    evidenceItem('ev-2', 'postmortem-template.pdf', 'application/pdf', [questions[7]!.id], 2),
  ]
  const score = scoreAudit(content, answers)
  const findings = deriveFindings(content, answers, [
    {
      auditId: AUDIT_ID,
      sectionId: section.id,
      questionId: questions[4]!.id,
      owner: 'Priya Shah',
      dueDate: '2027-01-31',
      status: 'in-progress',
      updatedAt: 1,
    },
  ])
  return {
    audit: fixtureAudit,
    content,
    answers,
    preparation: [
      {
        auditId: AUDIT_ID,
        sectionId: section.id,
        itemId: 'incident-tools',
        done: true,
        value: 'Opsgenie',
        updatedAt: 1,
      },
    ],
    score,
    findings,
    evidence: [
      {
        item: evidence[0]!,
        image: { mediaId: 'ev-1/page', type: 'png', width: 1600, height: 900 },
      },
      { item: evidence[1]! },
    ],
    options: DEFAULT_REPORT_OPTIONS,
    branding: { accentColor: '1F5F8B' },
    now: Date.UTC(2026, 10, 28, 12),
    timeZone: 'UTC',
    ...overrides,
  }
}

function evidenceItem(
  id: string,
  fileName: string,
  mediaType: string,
  questionIds: string[],
  n: number,
): EvidenceItem {
  return {
    id,
    auditId: AUDIT_ID,
    kind: 'file',
    fileName,
    mediaType,
    size: 1000 * n,
    sha256: String(n).repeat(64),
    capturedAt: Date.UTC(2026, 10, 21, 11, n),
    capturedBy: 'Ana Ruiz',
    caption: `Caption of ${fileName}`,
    questionKeys: questionIds.map((q) => `incident-response/${q}`),
    renditions: mediaType.startsWith('image/') ? ['thumbnail', 'page'] : [],
  }
}
