import { beforeAll, describe, expect, it } from 'vitest'
import { builtinPack, type ContentPack } from '@core/content'
import { LIBRARY_DATABASE, libraryDocsOfPack } from '@core/team'
import { createAudit } from '../db/repositories/audits'
import { installPack } from '../db/repositories/packs'
import { draftFor, fakeClock, freshDatabase } from '../db/test-support/fixtures'
import {
  createUser,
  provisionFirm,
  request,
  teamServer,
  uniqueName,
} from '../test-support/team-server'
import { installFromFirmLibrary, publishToFirmLibrary, readFirmLibrary } from './firm-library'
import type { TeamAccount } from './team-status'
import { workspaceHttp } from './workspace-http'

const PASSWORD = 'correct horse'
const clock = fakeClock()

/** A pack no other test or run publishes: the run's server keeps one library for everyone. */
function uniquePack(): ContentPack {
  const id = uniqueName('pack')
  const section = builtinPack.sections[0]!
  return {
    ...builtinPack,
    id,
    version: '1.0.0',
    title: `Delivery ${id}`,
    sections: [
      { ...section, id: `${id}-release`, number: 12 },
      { ...section, id: `${id}-change`, number: 13, title: 'Change control' },
    ],
  }
}

async function member(prefix: string): Promise<TeamAccount> {
  const username = uniqueName(prefix)
  await createUser(username, PASSWORD, ['workbook'])
  return { server: teamServer().url, username, roles: ['workbook'] }
}

describe('the firm library against a CouchDB-protocol server', { timeout: 30_000 }, () => {
  let ann: TeamAccount
  let bo: TeamAccount
  beforeAll(async () => {
    await provisionFirm()
    ann = await member('ann')
    bo = await member('bo')
  })

  it('lets a colleague list, install and start an audit with a version a member published', async () => {
    const pack = uniquePack()
    const annDb = await freshDatabase()
    await installPack(annDb, pack, clock)
    await publishToFirmLibrary(workspaceHttp(ann, PASSWORD), ann, pack, 1_000)

    const boDb = await freshDatabase()
    const listing = await readFirmLibrary(workspaceHttp(bo, PASSWORD))
    const published = listing.versions.find((version) => version.pack.id === pack.id)
    expect(published).toEqual({ pack, by: ann.username, publishedAt: 1_000 })

    await installFromFirmLibrary(boDb, published!, clock)
    const row = await boDb.packs.get([pack.id, '1.0.0'])
    expect(row).toMatchObject({ source: 'team-library', pack })
    const audit = await createAudit(boDb, draftFor(row!.pack), [builtinPack, row!.pack], clock)
    const content = await boDb.auditContents.get(audit.id)
    expect(content?.sections.map((s) => [s.section.id, s.packId, s.packVersion])).toEqual([
      [`${pack.id}-release`, pack.id, '1.0.0'],
      [`${pack.id}-change`, pack.id, '1.0.0'],
    ])
  })

  it('refuses to publish the same version twice, in words, and takes the next version', async () => {
    const pack = uniquePack()
    await publishToFirmLibrary(workspaceHttp(ann, PASSWORD), ann, pack, 1)
    const again = publishToFirmLibrary(workspaceHttp(bo, PASSWORD), bo, pack, 2)
    await expect(again).rejects.toThrow(
      `“${pack.title}” 1.0.0 is already in the team library: a published version cannot be changed. Publish a new version of the pack instead.`,
    )
    await publishToFirmLibrary(workspaceHttp(bo, PASSWORD), bo, { ...pack, version: '1.1.0' }, 3)
    const listing = await readFirmLibrary(workspaceHttp(ann, PASSWORD))
    const mine = listing.versions.filter((version) => version.pack.id === pack.id)
    expect(mine.map((v) => [v.pack.version, v.by])).toEqual([
      ['1.1.0', bo.username],
      ['1.0.0', ann.username],
    ])
  })

  it('tells the server’s refusal when a version is written between the check and the write', async () => {
    const pack = uniquePack()
    const http = workspaceHttp(ann, PASSWORD)
    // What a colleague's publish leaves, landing after this laptop looked.
    const [first] = libraryDocsOfPack(pack, ann.username, 1)
    await request('PUT', `${LIBRARY_DATABASE}/${encodeURIComponent(first!._id)}`, first, {
      username: ann.username,
      password: PASSWORD,
    })
    const racing = { ...http, send: skipFirstRead(http) }
    await expect(publishToFirmLibrary(racing, ann, pack, 2)).rejects.toThrow(
      'is already in the team library',
    )
  })

  it('reports a document that fails the schema and still lists the rest', async () => {
    const pack = uniquePack()
    await publishToFirmLibrary(workspaceHttp(ann, PASSWORD), ann, pack, 1)
    const bad = `section:${uniqueName('bad')}:s:1.0.0`
    const written = await request(
      'PUT',
      `${LIBRARY_DATABASE}/${bad}`,
      { kind: 'library-section', section: 'not a section', by: ann.username },
      { username: ann.username, password: PASSWORD },
    )
    expect(written.status).toBe(201)

    const listing = await readFirmLibrary(workspaceHttp(bo, PASSWORD))
    expect(listing.versions.some((version) => version.pack.id === pack.id)).toBe(true)
    expect(listing.problems.find((problem) => problem.what === bad)?.message).toMatch(
      /^is not a section of a content pack/,
    )
  })

  it('says to sign in again when the password is no longer accepted, and publishes nothing', async () => {
    const pack = uniquePack()
    const stale = workspaceHttp(ann, 'an old password')
    await expect(readFirmLibrary(stale)).rejects.toThrow(
      'Could not read the team library: the workspace no longer accepts your password. Sign in again in Settings → Team.',
    )
    await expect(publishToFirmLibrary(stale, ann, pack, 1)).rejects.toThrow(/Sign in again/)
    const listing = await readFirmLibrary(workspaceHttp(bo, PASSWORD))
    expect(listing.versions.some((version) => version.pack.id === pack.id)).toBe(false)
  })

  it('says the workspace cannot be reached when offline', async () => {
    // Nothing listens on the discard port: the request fails as it does without a network.
    const offline = workspaceHttp({ ...ann, server: 'http://127.0.0.1:9' }, PASSWORD)
    await expect(readFirmLibrary(offline)).rejects.toThrow(
      'Could not reach the workspace at http://127.0.0.1:9; nothing was changed there.',
    )
    await expect(publishToFirmLibrary(offline, ann, uniquePack(), 1)).rejects.toThrow(
      /Could not reach the workspace/,
    )
  })

  it('does not publish the built-in pack, which every member has', async () => {
    await expect(
      publishToFirmLibrary(workspaceHttp(ann, PASSWORD), ann, builtinPack, 1),
    ).rejects.toThrow('The built-in pack comes with Audit Workbook itself')
  })
})

/** The workspace as seen by a laptop whose check ran before a colleague's write: it finds none. */
function skipFirstRead(http: ReturnType<typeof workspaceHttp>): typeof http.send {
  let skipped = false
  return (method, path, body) => {
    if (!skipped && method === 'GET') {
      skipped = true
      return Promise.resolve({ status: 200, body: { rows: [] } })
    }
    return http.send(method, path, body)
  }
}
