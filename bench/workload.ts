import type { Answer, AuditDraft, Rating } from '@core/audit'
import {
  builtinPack,
  CONTENT_PACK_FORMAT,
  CONTENT_PACK_FORMAT_VERSION,
  parseContentPack,
  type ContentPack,
  type Question,
  type Section,
} from '@core/content'

/**
 * The benchmark's workload, as plain data decided by a seed (PRODUCT.md §12: "a year's worth of
 * audits"): 50 audits, the largest with 40 sections and 480 answered questions with notes and 200
 * images of about 200 KB; 2,000 evidence items in all. Only the image pixels are made elsewhere
 * (in the page, with OffscreenCanvas); everything here is pure and the same for the same seed.
 *
 * `npm run bench -- --scale 10` is five years of a practice (issue 17): ten times the audits and
 * the evidence items, the largest audit with 2,000 images, and images in the other audits too
 * (1,500 of them), so about 1.5 GB of evidence bytes are stored. The sections stay 40 of 12
 * questions: an audit does not get longer with the years, there are more of them.
 */
export interface Workload {
  scale: number
  audits: number
  sections: number
  questionsPerSection: number
  /** The question bank imported from a spreadsheet: 40 sections of 25, 1,000 questions. */
  bankQuestionsPerSection: number
  largestImages: number
  largestSmallFiles: number
  /** Images spread over the other audits (none at scale 1, as the table has always measured). */
  otherImages: number
  evidenceItems: number
  imageBytes: number
  archivedAudits: number
}

export function workloadAt(scale: number): Workload {
  if (!Number.isInteger(scale) || scale < 1)
    throw new Error(`The scale is a whole number ≥ 1, not ${scale}`)
  return {
    scale,
    audits: 50 * scale,
    sections: 40,
    questionsPerSection: 12,
    bankQuestionsPerSection: 25,
    largestImages: 200 * scale,
    largestSmallFiles: 100 * scale,
    otherImages: scale === 1 ? 0 : 150 * scale,
    evidenceItems: 2_000 * scale,
    imageBytes: 200 * 1024,
    archivedAudits: 5 * scale,
  }
}

export const WORKLOAD: Workload = workloadAt(1)

/** mulberry32: a tiny, fast, well-mixed 32-bit PRNG; the same seed gives the same stream. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type Random = () => number

export const int = (random: Random, min: number, max: number): number =>
  min + Math.floor(random() * (max - min + 1))

export const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]!

/** A UUID-shaped id from the stream (version 4 layout), so ids look like the app's own. */
export function seededId(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

const WORDS = (
  'the team on call rotation runbook escalation pager alert incident review owner service ' +
  'deploy rollback outage customer impact timeline action item follow up dashboard metric ' +
  'latency error budget weekend handover holiday cover manager backup contact phone bridge ' +
  'status page post mortem blameless learning trend quarterly tracked ticket jira confluence ' +
  'documented verified stated shown screen shared evidence gap partial agreed next step'
).split(' ')

/** Sentences of plausible interview notes, `length` characters give or take a word. */
export function prose(random: Random, length: number): string {
  let text = ''
  while (text.length < length) {
    const words = Array.from({ length: int(random, 6, 14) }, () => pick(random, WORDS))
    const sentence = words.join(' ')
    text += (text ? ' ' : '') + sentence[0]!.toUpperCase() + sentence.slice(1) + '.'
  }
  return text
}

const TOPICS = [
  'Incident Response',
  'Source Control',
  'Continuous Integration',
  'Release Management',
  'Observability',
  'Access Control',
  'Secrets Handling',
  'Backups and Restore',
  'Dependency Hygiene',
  'Code Review',
  'Testing Strategy',
  'Capacity Planning',
  'Cost Management',
  'Data Retention',
  'Disaster Recovery',
  'Documentation',
  'Onboarding',
  'API Design',
  'Threat Modelling',
  'Vulnerability Management',
]

/**
 * 40 sections of 12 questions (or as many as asked), made from the built-in section with new ids,
 * numbers and titles, as a pack that passes `parseContentPack` (so the audits snapshot valid
 * content).
 */
export function benchPack(questionsPerSection: number = WORKLOAD.questionsPerSection): ContentPack {
  const template = builtinPack.sections[0]!
  const sections = Array.from({ length: WORKLOAD.sections }, (_, i) =>
    benchSection(template, i, questionsPerSection),
  )
  const parsed = parseContentPack({
    format: CONTENT_PACK_FORMAT,
    formatVersion: CONTENT_PACK_FORMAT_VERSION,
    id: 'bench-workload',
    version: '1.0.0',
    title: 'Benchmark workload',
    publisher: 'Audit Workbook benchmark',
    achievementThreshold: 0.75,
    sections,
  })
  if (!parsed.ok) throw new Error(`The benchmark pack is invalid: ${JSON.stringify(parsed.errors)}`)
  return parsed.pack
}

function benchSection(template: Section, index: number, questionsPerSection: number): Section {
  const n = String(index + 1).padStart(2, '0')
  const topic = TOPICS[index % TOPICS.length]!
  const round = index < TOPICS.length ? '' : ' (part 2)'
  // The template's questions, then copies of the first ones with new ids, up to the count asked.
  const all = template.checks.flatMap((check) => check.questions)
  const extra: Question[] = []
  for (let k = 0; all.length + extra.length < questionsPerSection; k++) {
    const source = all[k % all.length]!
    extra.push({ ...source, id: `${source.id}-again-${k + 1}`, prompt: `${source.prompt} (again)` })
  }
  const checks = template.checks.map((check, i) =>
    i === template.checks.length - 1
      ? { ...check, questions: [...check.questions, ...extra] }
      : check,
  )
  return {
    ...template,
    id: `bench-${n}-${slugOf(topic)}`,
    number: index + 1,
    category: 'Benchmark',
    title: `${topic}${round}`,
    summary: `${topic}: ${template.summary}`,
    checks,
  }
}

const slugOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

const CLIENTS = [
  'Northwind',
  'Contoso',
  'Fabrikam',
  'Tailspin',
  'Litware',
  'Proseware',
  'Adatum',
  'Wingtip',
  'Woodgrove',
  'Lucerne',
  'Alpine Ski House',
  'Blue Yonder',
  'Coho Winery',
  'Humongous Insurance',
  'Margie’s Travel',
  'Trey Research',
  'Fourth Coffee',
  'Graphic Design Institute',
]
const SYSTEMS = ['Payments API', 'Data platform', 'Mobile app', 'Billing', 'Identity', 'Web shop']
const AUDITORS = ['Ada Moreau', 'Ben Okafor', 'Chloé Varga', 'Dev Patel', 'Eun-ji Park']
const RATING_WEIGHTS: Array<[Rating, number]> = [
  ['met', 0.5],
  ['partial', 0.25],
  ['not-met', 0.15],
  ['na', 0.1],
]

function rating(random: Random): Rating {
  let r = random()
  for (const [value, weight] of RATING_WEIGHTS) {
    if (r < weight) return value
    r -= weight
  }
  return 'met'
}

/** One audit to create: its draft, the sections' answers, its evidence and its later state. */
export interface PlannedAudit {
  draft: AuditDraft
  /** Fraction of its questions answered. */
  answered: number
  status: 'draft' | 'in-progress' | 'final'
  archived: boolean
  /** Index of an earlier audit this one re-assesses. */
  predecessor?: number
  images: number
  smallFiles: number
  updatedAt: number
}

/** A fixed day, so dates in the workload never depend on when the benchmark runs. */
export const WORKLOAD_EPOCH = Date.UTC(2026, 0, 5, 9, 0, 0)
const DAY = 24 * 60 * 60 * 1000

/** The audits (50 at scale 1). Index 0 is the largest: all 40 sections, every question answered. */
export function planAudits(
  random: Random,
  pack: ContentPack,
  workload: Workload = WORKLOAD,
): PlannedAudit[] {
  const sectionIds = pack.sections.map((s) => s.id)
  const others = workload.audits - 1
  const smallLeft =
    workload.evidenceItems -
    workload.largestImages -
    workload.largestSmallFiles -
    workload.otherImages
  // Every share spread evenly over the other audits (the remainder to the first ones).
  const share = (total: number, i: number) =>
    Math.floor(total / others) + (i <= total % others ? 1 : 0)
  // A week apart, or five years over all the audits at a larger scale.
  const spacing = workload.scale === 1 ? 7 * DAY : Math.round((5 * 365 * DAY) / workload.audits)
  const plans: PlannedAudit[] = []
  for (let i = 0; i < workload.audits; i++) {
    const largest = i === 0
    const count = largest ? sectionIds.length : int(random, 3, 24)
    const start = largest ? 0 : int(random, 0, sectionIds.length - count)
    const day = WORKLOAD_EPOCH + i * spacing
    const answered = largest ? 1 : random() < 0.15 ? 0 : 0.2 + random() * 0.8
    plans.push({
      draft: {
        client: largest ? 'Northwind (largest)' : `${pick(random, CLIENTS)} ${i}`,
        system: pick(random, SYSTEMS),
        auditors: [pick(random, AUDITORS)],
        firm: 'Bench & Partners',
        startDate: new Date(day).toISOString().slice(0, 10),
        contextNotes: prose(random, 300),
        sectionIds: sectionIds.slice(start, start + count),
      },
      answered,
      status:
        answered === 0
          ? 'draft'
          : !largest && answered === 1 && random() < 0.5
            ? 'final'
            : 'in-progress',
      archived: !largest && i > workload.audits - 1 - workload.archivedAudits,
      ...(i >= 10 && random() < 0.2 ? { predecessor: int(random, 1, i - 1) } : {}),
      images: largest ? workload.largestImages : share(workload.otherImages, i),
      smallFiles: largest ? workload.largestSmallFiles : share(smallLeft, i),
      updatedAt: day + int(random, 1, 20) * DAY,
    })
  }
  return plans
}

/** The answer to one question, rated, with notes of a few hundred characters. */
export function plannedAnswer(
  random: Random,
  key: { auditId: string; sectionId: string; questionId: string },
  updatedAt: number,
): Answer {
  return {
    ...key,
    rating: rating(random),
    notes: prose(random, int(random, 200, 500)),
    interviewees: `${pick(random, AUDITORS)} (team lead), ${pick(random, AUDITORS)} (SRE)`,
    basis: random() < 0.6 ? 'verified' : 'stated',
    followUp: random() < 0.1,
    evidenceRequests: [],
    updatedAt,
  }
}

/** A small non-image evidence file: text, CSV or a PDF-ish document of a few KB. */
export function smallFile(
  random: Random,
  n: number,
): { fileName: string; mediaType: string; bytes: Uint8Array<ArrayBuffer> } {
  const kind = pick(random, ['txt', 'csv', 'pdf'] as const)
  const body = prose(random, int(random, 1_000, 8_000))
  const text =
    kind === 'pdf'
      ? `%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${body}\n%%EOF\n`
      : kind === 'csv'
        ? body
            .split('. ')
            .map((s, i) => `${i},"${s}"`)
            .join('\n')
        : body
  const mediaType = { txt: 'text/plain', csv: 'text/csv', pdf: 'application/pdf' }[kind]
  return {
    fileName: `document-${String(n).padStart(4, '0')}.${kind}`,
    mediaType,
    bytes: new TextEncoder().encode(text),
  }
}
