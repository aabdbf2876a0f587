import type { EvidenceDerivation, EvidenceEdit } from '../../evidence/derivation'
import type { EvidenceItem } from '../../evidence/model'
import type { ArchiveSnapshot, Sha256 } from '../types'
import { NOW, sampleBytes } from './archive-fixtures'

export const REDACTION: EvidenceEdit = {
  op: 'redact',
  rect: { x: 0, y: 0, width: 2, height: 2 },
  color: '#000000',
}

export interface DerivedEvidenceOptions {
  /** The item it is made from (default: the snapshot's first item). */
  fromId?: string
  id?: string
  /** Its bytes (default: sample bytes). */
  bytes?: Uint8Array
  mediaType?: string
  /** Its renditions (its own bytes), with their pixel size: a thumbnail and a page to embed. */
  image?: { width: number; height: number }
  /** A change to the recorded derivation, to make a tampered archive. */
  derivation?: (derivation: EvidenceDerivation) => EvidenceDerivation
}

/**
 * The snapshot with one more item: a redacted version of one of its items (issue 16), with its own
 * bytes and SHA-256, linked to the item it was made from.
 */
export async function withDerivedEvidence(
  snapshot: ArchiveSnapshot,
  sha256: Sha256,
  options: DerivedEvidenceOptions = {},
): Promise<ArchiveSnapshot> {
  const source = options.fromId
    ? snapshot.data.evidence.find((item) => item.id === options.fromId)
    : snapshot.data.evidence[0]
  if (!source) throw new Error('The snapshot has no item to derive from')
  const id = options.id ?? `${source.id}-redacted`
  const bytes = options.bytes ?? sampleBytes(1024, 99)
  const mediaType = options.mediaType ?? source.mediaType
  const recorded: EvidenceDerivation = {
    fromId: source.id,
    fromSha256: source.sha256,
    edits: [REDACTION],
    madeBy: 'Ana Ruiz',
    madeAt: NOW + 60_000,
  }
  const item: EvidenceItem = {
    ...source,
    id,
    fileName: `${source.fileName.replace(/\.[^.]*$/, '')} (redacted).png`,
    mediaType,
    size: bytes.length,
    sha256: await sha256(bytes),
    capturedAt: recorded.madeAt,
    renditions: options.image ? ['thumbnail', 'page'] : [],
    derivation: options.derivation ? options.derivation(recorded) : recorded,
  }
  const roles = options.image
    ? (['original', 'thumbnail', 'page'] as const)
    : (['original'] as const)
  return {
    ...snapshot,
    data: {
      ...snapshot.data,
      evidence: [...snapshot.data.evidence, item],
      evidenceFiles: [
        ...snapshot.data.evidenceFiles,
        ...roles.map((role) => ({ evidenceId: id, role, mediaType, ...options.image })),
      ],
    },
    files: [
      ...snapshot.files,
      ...roles.map((role) => ({
        evidenceId: id,
        role,
        size: bytes.length,
        read: async () => bytes,
      })),
    ],
  }
}
