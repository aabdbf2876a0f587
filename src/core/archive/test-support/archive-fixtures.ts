import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate'
import { snapshotContent, type Answer, type Audit } from '../../audit/model'
import { builtinPack } from '../../content/builtin'
import type { EvidenceItem } from '../../evidence/model'
import { DATA_ENTRIES, MANIFEST_ENTRY, evidenceEntryName } from '../format'
import type { ArchiveManifest } from '../schemas'
import type { ArchiveData, ArchiveSnapshot, Sha256 } from '../types'

/**
 * Archives for tests: a small but complete snapshot, and a zip assembler that writes exactly the
 * entries it is given (duplicates and hostile names included), with a manifest of real hashes
 * unless told otherwise. Pure: the SHA-256 function comes from the test.
 */

export const NOW = Date.UTC(2026, 10, 28, 10, 0)

const section = builtinPack.sections[0]!
const firstQuestion = section.checks[0]!.questions[0]!
const secondQuestion = section.checks[0]!.questions[1]!

export function sampleAudit(id: string, overrides: Partial<Audit> = {}): Audit {
  return {
    id,
    client: 'Northwind Traders',
    system: 'Payments platform',
    auditors: ['Ana Ruiz'],
    firm: 'Ruiz Consulting',
    startDate: '2026-11-28',
    status: 'in-progress',
    contextNotes: 'Second visit — مرحبا 👋',
    sectionIds: [section.id],
    questionCount: 9,
    createdAt: NOW - 1000,
    updatedAt: NOW,
    ...overrides,
  }
}

export function sampleAnswer(auditId: string, questionId = firstQuestion.id): Answer {
  return {
    auditId,
    sectionId: section.id,
    questionId,
    rating: 'partial',
    notes: 'Rotation lives in PagerDuty; nobody owns weekends.\nFollow up with Priya.',
    interviewees: 'Priya (SRE lead)',
    basis: 'stated',
    followUp: true,
    evidenceRequests: [{ id: 'r1', text: 'Rota export' }],
    updatedAt: NOW,
  }
}

/** Bytes that look like a file's: varied, not trivially compressible. */
export function sampleBytes(length: number, seed = 1): Uint8Array {
  const bytes = new Uint8Array(length)
  let x = seed * 2654435761
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0
    bytes[i] = x >>> 24
  }
  return bytes
}

export interface SampleEvidence {
  item: EvidenceItem
  original: Uint8Array
  thumbnail: Uint8Array
}

export async function sampleEvidence(
  id: string,
  auditId: string,
  sha256: Sha256,
  size = 2048,
): Promise<SampleEvidence> {
  const original = sampleBytes(size, id.length + size)
  const thumbnail = sampleBytes(128, 7)
  return {
    original,
    thumbnail,
    item: {
      id,
      auditId,
      kind: 'screenshot',
      fileName: `rota ${id}.png`,
      mediaType: 'image/png',
      size: original.length,
      sha256: await sha256(original),
      capturedAt: NOW,
      capturedBy: 'Ana Ruiz',
      caption: 'The on-call rota',
      questionKeys: [`${section.id}/${firstQuestion.id}`],
      renditions: ['thumbnail'],
    },
  }
}

/**
 * Two audits (one re-assessing the other), answers, a finding edit, evidence, a setting, and two
 * parts of a narrative.
 */
export async function sampleSnapshot(sha256: Sha256): Promise<ArchiveSnapshot> {
  const first = sampleAudit('audit-1', { status: 'final' })
  const second = sampleAudit('audit-2', { predecessorId: 'audit-1', startDate: '2027-05-28' })
  const evidence = await sampleEvidence('ev-1', 'audit-2', sha256)
  const data: ArchiveData = {
    audits: [first, second],
    auditContents: [
      snapshotContent(first.id, [builtinPack], [section.id]),
      snapshotContent(second.id, [builtinPack], [section.id]),
    ],
    answers: [
      sampleAnswer(first.id),
      sampleAnswer(second.id),
      sampleAnswer(second.id, secondQuestion.id),
    ],
    preparationAnswers: [
      {
        auditId: first.id,
        sectionId: section.id,
        itemId: section.preparation[0]!.id,
        done: true,
        value: '24/7',
        updatedAt: NOW,
      },
    ],
    findingEdits: [
      {
        auditId: second.id,
        sectionId: section.id,
        questionId: firstQuestion.id,
        owner: 'Priya',
        dueDate: '2027-01-31',
        status: 'open',
        severity: 'high',
        updatedAt: NOW,
      },
    ],
    evidence: [evidence.item],
    evidenceFiles: [
      { evidenceId: 'ev-1', role: 'original', mediaType: 'image/png', width: 640, height: 480 },
      { evidenceId: 'ev-1', role: 'thumbnail', mediaType: 'image/jpeg', width: 160, height: 120 },
    ],
    settings: [{ key: 'profile', value: { auditorName: 'Ana Ruiz', firm: 'Ruiz Consulting' } }],
    packs: [],
    narratives: [
      {
        auditId: second.id,
        part: 'executive-summary',
        doc: {
          blocks: [
            {
              kind: 'paragraph',
              inlines: [{ text: 'On call is ' }, { text: 'owned', bold: true }],
            },
            { kind: 'numbered', items: [[{ text: 'Name a pager owner.' }]] },
          ],
        },
        updatedAt: NOW,
      },
      {
        auditId: second.id,
        part: `section:${section.id}`,
        doc: { blocks: [{ kind: 'paragraph', inlines: [{ text: 'We saw the rota.' }] }] },
        updatedAt: NOW,
      },
    ],
  }
  const bytes = { original: evidence.original, thumbnail: evidence.thumbnail }
  return {
    scope: 'everything',
    data,
    files: (['original', 'thumbnail'] as const).map((role) => ({
      evidenceId: 'ev-1',
      role,
      size: bytes[role].length,
      read: async () => bytes[role],
    })),
  }
}

/** The entries of a snapshot as name → bytes, as an honest writer would put them. */
export async function entriesOf(snapshot: ArchiveSnapshot): Promise<Map<string, Uint8Array>> {
  const entries = new Map<string, Uint8Array>()
  for (const [key, name] of Object.entries(DATA_ENTRIES))
    entries.set(name, strToU8(JSON.stringify(snapshot.data[key as keyof ArchiveData])))
  for (const file of snapshot.files)
    entries.set(evidenceEntryName(file.evidenceId, file.role), await file.read())
  return entries
}

export function manifestFor(
  listed: readonly { name: string; size: number; sha256: string }[],
): ArchiveManifest {
  return {
    format: 'audit-workbook/archive',
    formatVersion: 1,
    appVersion: '0.1.0',
    schemaVersion: 2,
    createdAt: new Date(NOW).toISOString(),
    scope: 'everything',
    entries: [...listed],
  }
}

export interface ZipItem {
  name: string
  bytes: Uint8Array
  /** Deflate it (default: store). */
  deflate?: boolean
}

/** A zip of exactly these entries, in this order, with fflate's streaming writer. */
export function zipOf(items: readonly ZipItem[]): Uint8Array {
  const chunks: Uint8Array[] = []
  const zip = new Zip((error, chunk) => {
    if (error) throw error
    chunks.push(chunk)
  })
  for (const item of items) {
    const entry = item.deflate
      ? new ZipDeflate(item.name, { level: 9 })
      : new ZipPassThrough(item.name)
    entry.mtime = NOW
    zip.add(entry)
    entry.push(item.bytes, true)
  }
  zip.end()
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
}

export interface AssembleOptions {
  /** Changes the manifest before it is written (e.g. a wrong hash, a future version). */
  manifest?: (manifest: ArchiveManifest) => unknown
  /** Entries the manifest does not list. */
  unlisted?: readonly ZipItem[]
  deflate?: (name: string) => boolean
}

/** A zip of these entries plus a manifest listing them with their real sizes and hashes. */
export async function assemble(
  entries: ReadonlyMap<string, Uint8Array> | readonly ZipItem[],
  sha256: Sha256,
  options: AssembleOptions = {},
): Promise<Uint8Array> {
  const items: ZipItem[] = Array.isArray(entries)
    ? [...entries]
    : [...(entries as ReadonlyMap<string, Uint8Array>)].map(([name, bytes]) => ({
        name,
        bytes,
        deflate: options.deflate?.(name) ?? name.endsWith('.json'),
      }))
  const listed = []
  for (const item of items)
    listed.push({ name: item.name, size: item.bytes.length, sha256: await sha256(item.bytes) })
  const manifest = (options.manifest ?? ((m) => m))(manifestFor(listed))
  return zipOf([
    ...items,
    ...(options.unlisted ?? []),
    { name: MANIFEST_ENTRY, bytes: strToU8(JSON.stringify(manifest)), deflate: true },
  ])
}

/** Offsets of every central directory record in a zip, with its name. */
export function centralRecords(zip: Uint8Array): { name: string; at: number }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  const records = []
  for (let at = 0; at + 46 <= zip.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue
    const nameLength = view.getUint16(at + 28, true)
    const name = String.fromCharCode(...zip.subarray(at + 46, at + 46 + nameLength))
    records.push({ name, at })
  }
  return records
}

/** Rewrites the inflated size a zip's central directory declares for one entry. */
export function patchDeclaredSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice()
  const record = centralRecords(out).find((r) => r.name === name)
  if (!record) throw new Error(`No entry ${name}`)
  new DataView(out.buffer).setUint32(record.at + 24, size, true)
  return out
}
