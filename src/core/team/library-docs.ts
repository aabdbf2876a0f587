import { z } from 'zod'
import {
  BUILTIN_PACK_ID,
  CONTENT_PACK_FORMAT,
  CONTENT_PACK_FORMAT_VERSION,
  compareVersions,
  packSizeProblem,
  parseContentPack,
  sectionSchema,
  slug,
  type ContentPack,
} from '../content'
import { utf8ByteLength } from '../content/validate-pack'
import { canonicalJson } from './same-json'

/**
 * The firm library's documents (issue 18, PRODUCT.md §16): one per section of a published pack
 * version, so a version is published section by section and the server's validate function can
 * refuse a change to any of them. Each carries the pack's own fields and the ordered ids of all
 * its sections, so a reader rebuilds the whole pack, or sees that a part is missing.
 */

export const LIBRARY_DOC_PREFIX = 'section:'

/** `section:<packId>:<sectionId>:<version>`: slugs and versions hold no colon. */
export function libraryDocId(packId: string, sectionId: string, version: string): string {
  return `${LIBRARY_DOC_PREFIX}${packId}:${sectionId}:${version}`
}

/** The first and last ids of every version of one pack, for an `_all_docs` range read. */
export function libraryRangeOfPack(packId: string): { startkey: string; endkey: string } {
  const start = `${LIBRARY_DOC_PREFIX}${packId}:`
  return { startkey: start, endkey: `${start}\ufff0` }
}

/** The version a library doc id names (after its last colon). */
export function versionOfLibraryDocId(id: string): string {
  return id.slice(id.lastIndexOf(':') + 1)
}

/** A pack holds at most this many sections in the library; more is not a pack we wrote. */
const MAX_SECTIONS = 500

const packFieldsSchema = z.strictObject({
  format: z.literal(CONTENT_PACK_FORMAT),
  formatVersion: z.literal(CONTENT_PACK_FORMAT_VERSION),
  id: slug,
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  title: z.string().max(200),
  publisher: z.string().max(200).optional(),
  description: z.string().max(2_000).optional(),
  achievementThreshold: z.number(),
  /** Every section of the version, in the pack's order. */
  sectionIds: z.array(slug).min(1).max(MAX_SECTIONS),
})

export const libraryDocSchema = z.strictObject({
  _id: z.string().max(400),
  _rev: z.string().max(200).optional(),
  kind: z.literal('library-section'),
  pack: packFieldsSchema,
  section: sectionSchema,
  /** Who published the version (a CouchDB user name) and when. */
  by: z.string().min(1).max(200),
  publishedAt: z.number().int().min(0),
})
export type LibraryDoc = z.infer<typeof libraryDocSchema>

/** A pack version the firm published, rebuilt and checked as any imported pack is. */
export interface LibraryVersion {
  pack: ContentPack
  by: string
  publishedAt: number
}

/** A document or a version left out of the listing, and why, in words. */
export interface LibraryProblem {
  /** The document's id, or `packId version` for a whole version. */
  what: string
  message: string
}

/** The documents that publish `pack`, written in `by`'s name. */
export function libraryDocsOfPack(
  pack: ContentPack,
  by: string,
  publishedAt: number,
): LibraryDoc[] {
  const { sections, ...fields } = pack
  const packFields = { ...fields, sectionIds: sections.map((section) => section.id) }
  return sections.map((section) => ({
    _id: libraryDocId(pack.id, section.id, pack.version),
    kind: 'library-section',
    pack: packFields,
    section,
    by,
    publishedAt,
  }))
}

/**
 * The pack versions the library's documents make up. The documents come from the server, so each
 * is checked (shape, size, id) and every version rebuilt goes through the pack validation; what
 * fails is left out and reported, and the rest is listed.
 */
export function libraryVersionsOfDocs(docs: readonly unknown[]): {
  versions: LibraryVersion[]
  problems: LibraryProblem[]
} {
  const problems: LibraryProblem[] = []
  const groups = new Map<string, LibraryDoc[]>()
  for (const raw of docs) {
    const checked = checkDoc(raw)
    if ('message' in checked) {
      problems.push(checked)
      continue
    }
    const key = `${checked.pack.id} ${checked.pack.version}`
    groups.set(key, [...(groups.get(key) ?? []), checked])
  }
  const versions: LibraryVersion[] = []
  for (const [key, group] of groups) {
    const version = rebuildVersion(group)
    if (typeof version === 'string') problems.push({ what: key, message: version })
    else versions.push(version)
  }
  versions.sort(
    (a, b) =>
      a.pack.title.localeCompare(b.pack.title) ||
      a.pack.id.localeCompare(b.pack.id) ||
      compareVersions(b.pack.version, a.pack.version),
  )
  return { versions, problems }
}

function checkDoc(raw: unknown): LibraryDoc | LibraryProblem {
  const id = (raw as { _id?: unknown } | null)?._id
  const what = typeof id === 'string' ? id.slice(0, 400) : 'A document without an id'
  // Measured before parsing: a huge document is refused unread.
  const tooLarge = packSizeProblem(utf8ByteLength(JSON.stringify(raw) ?? ''))
  if (tooLarge) return { what, message: `${tooLarge}.` }
  const parsed = libraryDocSchema.safeParse(raw)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    const where = first?.path.join('.') ?? ''
    return {
      what,
      message: `is not a section of a content pack${where ? ` (${where}: ${first?.message})` : ''}.`,
    }
  }
  const doc = parsed.data
  if (doc._id !== libraryDocId(doc.pack.id, doc.section.id, doc.pack.version))
    return { what, message: 'does not hold the section its id names.' }
  if (!doc.pack.sectionIds.includes(doc.section.id))
    return { what, message: 'holds a section its pack does not list.' }
  if (doc.pack.id === BUILTIN_PACK_ID)
    return {
      what,
      message: 'claims to be part of the built-in pack, which comes only with the app.',
    }
  return doc
}

/** The version's pack, or why it cannot be offered. */
function rebuildVersion(group: LibraryDoc[]): LibraryVersion | string {
  const first = group[0]!
  const shared = canonicalJson({ pack: first.pack, by: first.by, publishedAt: first.publishedAt })
  if (
    group.some(
      (doc) =>
        canonicalJson({ pack: doc.pack, by: doc.by, publishedAt: doc.publishedAt }) !== shared,
    )
  )
    return 'was published twice in different forms; ask the firm’s admin to remove it.'
  const byId = new Map(group.map((doc) => [doc.section.id, doc.section]))
  const missing = first.pack.sectionIds.filter((id) => !byId.has(id))
  if (missing.length > 0)
    return `is incomplete: the library lacks its section${missing.length === 1 ? '' : 's'} ${missing.join(', ')}.`
  const { sectionIds, ...fields } = first.pack
  const input = { ...fields, sections: sectionIds.map((id) => byId.get(id)) }
  const tooLarge = packSizeProblem(utf8ByteLength(JSON.stringify(input)))
  if (tooLarge) return tooLarge
  const result = parseContentPack(input)
  if (!result.ok) {
    const shown = result.errors.slice(0, 3).map((error) => `${error.path} ${error.message}`)
    return `is not a valid content pack: ${shown.join('; ')}.`
  }
  return { pack: result.pack, by: first.by, publishedAt: first.publishedAt }
}
