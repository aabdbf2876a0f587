import { z } from 'zod'
import { BUILTIN_PACK_ID, type ContentPack } from '@core/content'
import {
  LIBRARY_DATABASE,
  LIBRARY_DOC_PREFIX,
  libraryDocsOfPack,
  libraryRangeOfPack,
  libraryVersionsOfDocs,
  REFUSALS,
  versionOfLibraryDocId,
  type LibraryProblem,
  type LibraryVersion,
} from '@core/team'
import { UserFacingError } from '@shared/errors'
import type { WorkbookDatabase } from '../db/database'
import { installPack } from '../db/repositories/packs'
import type { Clock } from '../db/repositories/clock'
import type { TeamAccount } from './team-status'
import { reasonOf, type WorkspaceHttp } from './workspace-http'

/**
 * The firm library (issue 18): pack versions a member published for every member to install.
 * It is read and written over plain HTTP when the consultant asks, not replicated: a listing is
 * one `_all_docs` read, and an installed version is an ordinary pack in Dexie, pinned per audit
 * as any other.
 */

export interface LibraryListing {
  versions: LibraryVersion[]
  /** Documents or versions the listing left out, and why. */
  problems: LibraryProblem[]
}

const allDocsSchema = z.looseObject({
  rows: z.array(z.looseObject({ id: z.string(), doc: z.unknown().optional() })),
})

/** Every pack version of the firm library, in one read. */
export async function readFirmLibrary(http: WorkspaceHttp): Promise<LibraryListing> {
  const query = new URLSearchParams({
    include_docs: 'true',
    startkey: JSON.stringify(LIBRARY_DOC_PREFIX),
    endkey: JSON.stringify(`${LIBRARY_DOC_PREFIX}\ufff0`),
  })
  const answer = await http.send('GET', `${LIBRARY_DATABASE}/_all_docs?${query}`)
  refuseFailure(answer, 'read the team library')
  const feed = allDocsSchema.safeParse(answer.body)
  if (!feed.success)
    throw new UserFacingError(
      'The team library answered with something that is not a list of documents; nothing was installed.',
    )
  return libraryVersionsOfDocs(feed.data.rows.map((row) => row.doc))
}

const bulkAnswerSchema = z.array(
  z.looseObject({ id: z.string(), error: z.string().optional(), reason: z.string().optional() }),
)

/** Publishes an installed pack version to the firm library, in the signed-in member's name. */
export async function publishToFirmLibrary(
  http: WorkspaceHttp,
  account: TeamAccount,
  pack: ContentPack,
  now: number,
): Promise<void> {
  const name = `“${pack.title}” ${pack.version}`
  if (pack.id === BUILTIN_PACK_ID)
    throw new UserFacingError(
      'The built-in pack comes with Audit Workbook itself: every member has it already.',
    )
  // Asked first so a version already there is told plainly, before any section is written.
  if (await isPublished(http, pack)) throw alreadyPublished(name)

  const docs = libraryDocsOfPack(pack, account.username, now)
  const answer = await http.send('POST', `${LIBRARY_DATABASE}/_bulk_docs`, { docs })
  refuseFailure(answer, `publish ${name} to the team library`)
  const results = bulkAnswerSchema.safeParse(answer.body)
  if (!results.success)
    throw new UserFacingError(
      `The team library did not say whether it took ${name}. Open the team library to see whether it is there.`,
    )
  const refused = results.data.filter((result) => result.error !== undefined)
  if (refused.length === 0) return
  // Written by someone else between the check and the write: the server's rule is the backstop.
  const taken = (r: (typeof refused)[number]) =>
    r.error === 'conflict' || r.reason === REFUSALS.published
  if (refused.every(taken)) throw alreadyPublished(name)
  throw new UserFacingError(
    `The team library refused ${name}: ${refused[0]!.reason ?? refused[0]!.error}.`,
  )
}

/** Installs a version from the firm library as any pack is installed, noting where it came from. */
export async function installFromFirmLibrary(
  db: WorkbookDatabase,
  version: LibraryVersion,
  clock?: Clock,
): Promise<void> {
  await installPack(db, version.pack, clock, 'team-library')
}

async function isPublished(http: WorkspaceHttp, pack: ContentPack): Promise<boolean> {
  const { startkey, endkey } = libraryRangeOfPack(pack.id)
  const query = new URLSearchParams({
    startkey: JSON.stringify(startkey),
    endkey: JSON.stringify(endkey),
  })
  const answer = await http.send('GET', `${LIBRARY_DATABASE}/_all_docs?${query}`)
  refuseFailure(answer, 'read the team library')
  const feed = allDocsSchema.safeParse(answer.body)
  return (
    feed.success && feed.data.rows.some((row) => versionOfLibraryDocId(row.id) === pack.version)
  )
}

function alreadyPublished(name: string): UserFacingError {
  return new UserFacingError(
    `${name} is already in the team library: a published version cannot be changed. Publish a new version of the pack instead.`,
  )
}

/** The failures of a whole request, in the consultant's words. */
function refuseFailure(answer: { status: number; body: unknown }, what: string): void {
  if (answer.status < 300) return
  if (answer.status === 401)
    throw new UserFacingError(
      `Could not ${what}: the workspace no longer accepts your password. Sign in again in Settings → Team.`,
    )
  if (answer.status === 403)
    throw new UserFacingError(`Could not ${what}: ${reasonOf(answer.body)}`)
  if (answer.status === 404)
    throw new UserFacingError(
      `Could not ${what}: the workspace has no team library yet. Ask the firm’s admin to run the workspace’s provisioning (npm run team:provision).`,
    )
  throw new UserFacingError(
    `Could not ${what}: the workspace answered ${answer.status} (${reasonOf(answer.body)}).`,
  )
}
