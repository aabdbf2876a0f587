import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { expect, it } from 'vitest'
import { HOSTILE_SEED, hostileText, takeFrom } from '../test-support/hostile-text'
import { readArchive } from './read-archive'
import { NOW } from './test-support/archive-fixtures'
import { hostileSnapshot } from './test-support/hostile-snapshot'
import { buildArchive } from './write-archive'

const sha256 = async (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/**
 * A backup keeps what the user typed exactly, whatever it is: an archive written from data whose
 * every text field is hostile (the report's property test's generator) passes every check of the
 * reader and reads back equal, lone surrogates, noncharacters and controls included.
 */
it('reads back exactly what it wrote, whatever the text', async () => {
  await fc.assert(
    fc.asyncProperty(fc.infiniteStream(hostileText), async (texts) => {
      const snapshot = await hostileSnapshot(takeFrom(texts), sha256)
      const archive = await buildArchive(snapshot, {
        sha256,
        now: NOW,
        appVersion: '0.1.0',
        schemaVersion: 2,
      })
      const contents = await readArchive(archive, undefined, { sha256 })
      expect(contents.data).toEqual(snapshot.data)
    }),
    { seed: HOSTILE_SEED, numRuns: 25 },
  )
}, 60_000)
