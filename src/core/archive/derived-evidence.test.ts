import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { builtinPack } from '../content'
import { ArchiveError } from './errors'
import { planImport } from './plan-import'
import { readArchive } from './read-archive'
import { NOW, sampleSnapshot } from './test-support/archive-fixtures'
import { REDACTION, withDerivedEvidence } from './test-support/derived-evidence'
import type { ArchiveSnapshot } from './types'
import { buildArchive } from './write-archive'

const sha256 = async (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
const write = (snapshot: ArchiveSnapshot) =>
  buildArchive(snapshot, { sha256, now: NOW, appVersion: '0.1.0', schemaVersion: 5 })
const read = (bytes: Uint8Array) => readArchive(bytes, undefined, { sha256 })

async function refusal(snapshot: ArchiveSnapshot): Promise<ArchiveError> {
  const error = await read(await write(snapshot)).then(
    () => undefined,
    (e: unknown) => e,
  )
  if (!(error instanceof ArchiveError)) throw new Error(`Expected a refusal, got ${String(error)}`)
  return error
}

/** The snapshot without one of its items (and that item's files). */
function without(snapshot: ArchiveSnapshot, id: string): ArchiveSnapshot {
  return {
    ...snapshot,
    data: {
      ...snapshot.data,
      evidence: snapshot.data.evidence.filter((item) => item.id !== id),
      evidenceFiles: snapshot.data.evidenceFiles.filter((file) => file.evidenceId !== id),
    },
    files: snapshot.files.filter((file) => file.evidenceId !== id),
  }
}

describe('derived evidence in an archive', () => {
  it('survives the round trip with its own hash, its link and its edits', async () => {
    const snapshot = await withDerivedEvidence(await sampleSnapshot(sha256), sha256)
    const contents = await read(await write(snapshot))
    const [original, derived] = contents.data.evidence
    expect(derived).toEqual(snapshot.data.evidence[1])
    expect(derived!.derivation).toEqual({
      fromId: original!.id,
      fromSha256: original!.sha256,
      edits: [REDACTION],
      madeBy: 'Ana Ruiz',
      madeAt: NOW + 60_000,
    })
    expect(contents.manifest.formatVersion).toBe(3)
  })

  it('is refused, naming it, when its source in the archive has another SHA-256', async () => {
    const snapshot = await withDerivedEvidence(await sampleSnapshot(sha256), sha256, {
      derivation: (d) => ({ ...d, fromSha256: 'f'.repeat(64) }),
    })
    const error = await refusal(snapshot)
    expect(error.code).toBe('evidence-mismatch')
    expect(error.message).toMatch(
      /^The archive has been changed: the evidence “rota ev-1 \(redacted\)\.png” \(ev-1-redacted\) was made from “rota ev-1\.png” \(ev-1\) when it had SHA-256 f{64}, but the archive gives that item [0-9a-f]{64}\. Nothing was imported\.$/,
    )
  })

  it('is refused when its chain of sources leads back to itself', async () => {
    const once = await withDerivedEvidence(await sampleSnapshot(sha256), sha256)
    const looped = await withDerivedEvidence(once, sha256, {
      fromId: 'ev-1-redacted',
      id: 'ev-1-again',
    })
    const derived = looped.data.evidence.find((item) => item.id === 'ev-1-redacted')!
    const again = looped.data.evidence.find((item) => item.id === 'ev-1-again')!
    derived.derivation = { ...derived.derivation!, fromId: again.id, fromSha256: again.sha256 }
    const error = await refusal(looped)
    expect(error.message).toMatch(/is recorded as made, in the end, from itself/)
  })

  it('imports without its source, keeping the link and the recorded hash', async () => {
    const snapshot = without(
      await withDerivedEvidence(await sampleSnapshot(sha256), sha256),
      'ev-1',
    )
    const contents = await read(await write(snapshot))
    expect(contents.data.evidence.map((item) => [item.id, item.derivation?.fromId])).toEqual([
      ['ev-1-redacted', 'ev-1'],
    ])
  })

  it('follows its source to the source’s new id when imported as a copy', async () => {
    const { data } = await withDerivedEvidence(await sampleSnapshot(sha256), sha256)
    let n = 0
    const plan = planImport(
      data,
      {
        auditIds: new Set(['audit-2']),
        evidenceIds: new Set(),
        packs: new Set(),
        sectionPacks: new Map(builtinPack.sections.map((s) => [s.id, builtinPack.id])),
        settingKeys: new Set(),
      },
      () => `new-${++n}`,
    )
    const [original, derived] = plan.data.evidence
    expect(original!.id).not.toBe('ev-1')
    expect(derived!.derivation?.fromId).toBe(original!.id)
    expect(derived!.derivation?.fromSha256).toBe(original!.sha256)
  })
})
