import { z } from 'zod'
import { AUDIT_STATUSES, BASES, RATINGS } from '../audit/model'
import type {
  Answer,
  Audit,
  AuditContent,
  EvidenceRequest,
  PreparationAnswer,
} from '../audit/model'
import { isCalendarDate } from '../audit/audit-draft'
import { contentPackSchema, sectionSchema, slug } from '../content/schema'
import type { ContentPack } from '../content/schema'
import { findPackInconsistencies } from '../content/pack-rules'
import { EVIDENCE_BLOB_ROLES, EVIDENCE_KINDS } from '../evidence/model'
import { evidenceDerivationSchema } from '../evidence/derivation'
import type { EvidenceBlob, EvidenceItem } from '../evidence/model'
import { FINDING_STATUSES, SEVERITIES } from '../findings/model'
import type { FindingEdit } from '../findings/model'
import { narrativePartKeySchema, richTextSchema, type NarrativePart } from '../narrative'
import { ARCHIVE_FORMAT, ARCHIVE_ID_PATTERN } from './format'

/**
 * Strict schemas for everything an archive holds: an unknown field, a missing one or a wrong type
 * refuses the archive. Each row schema is tied to its model type below, so a field added to the
 * model fails the typecheck here until the archive format learns it (and, if old archives must
 * still be read, its version is bumped).
 */

const id = z.string().regex(ARCHIVE_ID_PATTERN, 'must be an id of letters, digits, - and _')
const time = z.number().int().min(0).max(8.64e15)
const text = (max: number) => z.string().max(max)
const calendarDate = z.string().refine(isCalendarDate, 'must be a date like 2026-11-28')
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be a lower-case hex SHA-256')
const packVersion = z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.0.0')
const questionKey = z
  .string()
  .regex(/^[a-z0-9-]{1,80}\/[a-z0-9-]{1,80}$/, 'must be section/question')

/** Free text has no limit in the app; these only bound it (an entry is bounded anyway). */
const LONG_TEXT = 50_000_000
const NAME = 100_000

export const auditSchema = z.strictObject({
  id,
  client: text(NAME),
  system: text(NAME),
  auditors: z.array(text(NAME)),
  firm: text(NAME),
  startDate: calendarDate,
  status: z.enum(AUDIT_STATUSES),
  contextNotes: text(LONG_TEXT),
  sectionIds: z.array(slug).min(1),
  questionCount: z.number().int().min(0),
  scopeUpdatedAt: time.optional(),
  predecessorId: id.optional(),
  createdAt: time,
  updatedAt: time,
  archivedAt: time.optional(),
  deletedAt: time.optional(),
})

const scopedSectionSchema = z
  .strictObject({
    packId: slug,
    packVersion,
    achievementThreshold: z.number().gt(0).max(1),
    section: sectionSchema,
  })
  .superRefine((scoped, ctx) => {
    // The rules a pack checks across fields (ids unique, questions pointing at real outcomes).
    const pack = { sections: [scoped.section] } as ContentPack
    for (const issue of findPackInconsistencies(pack))
      ctx.addIssue({
        code: 'custom',
        path: ['section', ...issue.path.slice(2)],
        message: issue.message,
      })
  })

export const auditContentSchema = z.strictObject({
  auditId: id,
  sections: z.array(scopedSectionSchema).min(1),
})

const evidenceRequestSchema = z.strictObject({
  id,
  text: text(LONG_TEXT),
  receivedAt: time.optional(),
})

export const answerSchema = z.strictObject({
  auditId: id,
  sectionId: slug,
  questionId: slug,
  rating: z.enum(RATINGS).optional(),
  notes: text(LONG_TEXT),
  notesInternal: z.boolean().optional(),
  interviewees: text(LONG_TEXT),
  basis: z.enum(BASES).optional(),
  followUp: z.boolean(),
  evidenceRequests: z.array(evidenceRequestSchema),
  carriedOver: z.boolean().optional(),
  updatedAt: time,
})

export const preparationAnswerSchema = z.strictObject({
  auditId: id,
  sectionId: slug,
  itemId: slug,
  done: z.boolean(),
  value: text(LONG_TEXT),
  updatedAt: time,
})

export const findingEditSchema = z.strictObject({
  auditId: id,
  sectionId: slug,
  questionId: slug,
  title: text(LONG_TEXT).optional(),
  gap: text(LONG_TEXT).optional(),
  recommendation: text(LONG_TEXT).optional(),
  severity: z.enum(SEVERITIES).optional(),
  owner: text(NAME),
  dueDate: z.union([z.literal(''), calendarDate]),
  status: z.enum(FINDING_STATUSES),
  updatedAt: time,
})

/** One part of an audit's narrative (issue 15): the consultant's writing, as a document. */
export const narrativePartSchema = z.strictObject({
  auditId: id,
  part: narrativePartKeySchema,
  doc: richTextSchema,
  updatedAt: time,
})

export const evidenceItemSchema = z.strictObject({
  id,
  auditId: id,
  kind: z.enum(EVIDENCE_KINDS),
  fileName: text(NAME),
  mediaType: text(255),
  size: z.number().int().min(0),
  sha256,
  capturedAt: time,
  capturedBy: text(NAME),
  caption: text(LONG_TEXT),
  questionKeys: z.array(questionKey),
  url: text(LONG_TEXT).optional(),
  renditions: z.array(z.enum(['thumbnail', 'page'])).max(2),
  internal: z.boolean().optional(),
  derivation: evidenceDerivationSchema.optional(),
  deletedAt: time.optional(),
})

/** A stored byte stream's metadata; its bytes are the entry `evidence/<evidenceId>/<role>`. */
export const evidenceFileSchema = z.strictObject({
  evidenceId: id,
  role: z.enum(EVIDENCE_BLOB_ROLES),
  mediaType: text(255),
  width: z.number().int().min(0).optional(),
  height: z.number().int().min(0).optional(),
})

export const settingSchema = z.strictObject({
  key: z.string().min(1).max(200),
  value: z.json(),
})

export const packRowSchema = z
  .strictObject({
    id: slug,
    version: packVersion,
    installedAt: time,
    pack: contentPackSchema,
  })
  .refine((row) => row.pack.id === row.id && row.pack.version === row.version, {
    message: 'must hold the pack its id and version name',
    path: ['pack'],
  })

export const manifestEntrySchema = z.strictObject({
  name: z.string().max(300),
  size: z.number().int().min(0),
  sha256,
})

export const manifestSchema = z.strictObject({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.number().int().min(1),
  appVersion: text(100),
  schemaVersion: z.number().int().min(1),
  createdAt: z.iso.datetime(),
  /** What was exported: every audit, or the ones chosen. */
  scope: z.enum(['everything', 'audits']),
  entries: z.array(manifestEntrySchema),
})

export const dataSchemas = {
  audits: z.array(auditSchema),
  auditContents: z.array(auditContentSchema),
  answers: z.array(answerSchema),
  preparationAnswers: z.array(preparationAnswerSchema),
  findingEdits: z.array(findingEditSchema),
  evidence: z.array(evidenceItemSchema),
  evidenceFiles: z.array(evidenceFileSchema),
  settings: z.array(settingSchema),
  packs: z.array(packRowSchema),
  narratives: z.array(narrativePartSchema),
} as const

export type ArchiveManifest = z.infer<typeof manifestSchema>
export type ManifestEntry = z.infer<typeof manifestEntrySchema>
export type EvidenceFileMeta = Omit<EvidenceBlob<never>, 'blob'>
export type ArchivedSetting = z.infer<typeof settingSchema>
/** An imported content pack, as the database keeps it. */
export interface ArchivedPack {
  id: string
  version: string
  installedAt: number
  pack: ContentPack
}

/*
 * Each schema describes its model type exactly: the same keys, and values that fit both ways.
 * A model change that the archive does not know about fails to compile here.
 */
type SameKeys<A, B> = [keyof A] extends [keyof B]
  ? [keyof B] extends [keyof A]
    ? true
    : false
  : false
type Fits<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
type Describes<S extends z.ZodType, T> =
  SameKeys<z.output<S>, T> extends true ? Fits<z.output<S>, T> : false

const describesModels: [
  Describes<typeof auditSchema, Audit>,
  Describes<typeof auditContentSchema, AuditContent>,
  Describes<typeof evidenceRequestSchema, EvidenceRequest>,
  Describes<typeof answerSchema, Answer>,
  Describes<typeof preparationAnswerSchema, PreparationAnswer>,
  Describes<typeof findingEditSchema, FindingEdit>,
  Describes<typeof evidenceItemSchema, EvidenceItem>,
  Describes<typeof evidenceFileSchema, EvidenceFileMeta>,
  Describes<typeof packRowSchema, ArchivedPack>,
  Describes<typeof narrativePartSchema, NarrativePart>,
] = [true, true, true, true, true, true, true, true, true, true]
void describesModels
