import { z } from 'zod'
import { SEARCH_KINDS, type AuditHeading, type SearchDoc, type SearchTarget } from './documents'
import type { WordsSnapshot } from './inverted-index'
import { SearchIndex } from './search-index'

/**
 * The search index as plain data, kept between page loads so the first search after a restart
 * need not read and index every record again (issue 17). Laid out in columns: an array per field,
 * typed arrays for numbers, so storing, reading and checking 60,000 documents takes milliseconds,
 * where an object per document took a quarter of a second to clone alone.
 *
 * A snapshot read back is untrusted (it may be from another version of the app, or damaged): it is
 * checked whole before anything is built from it, and refused rather than half used, so the
 * caller builds the index afresh.
 */

/**
 * The format of a snapshot, and of what is indexed. Bump it when the layout below changes, and
 * also when what a document holds or how words are cut changes (./documents.ts, ./text.ts,
 * ./inverted-index.ts): a snapshot of any other version is refused, so it is rebuilt.
 */
export const SEARCH_SNAPSHOT_VERSION = 1

/** Where results lead, by number in a snapshot. */
const SCREENS = ['audit', 'interview', 'findings', 'evidence'] as const satisfies ReadonlyArray<
  SearchTarget['screen']
>

const strings = z.array(z.string())
const u32 = z.instanceof(Uint32Array)
const u8 = z.instanceof(Uint8Array)

const snapshotSchema = z.strictObject({
  version: z.literal(SEARCH_SNAPSHOT_VERSION),
  audits: z.strictObject({ id: strings, client: strings, system: strings }),
  /** By document number, as in `words`. */
  docs: z.strictObject({
    kind: u8,
    /** By number in `audits`. */
    audit: u32,
    title: strings,
    text: strings,
    label: strings,
    screen: u8,
    /** The section of a note or finding, the evidence item of an evidence document, else empty. */
    place: strings,
    /** The question of a note or finding, else empty. */
    question: strings,
  }),
  words: z.strictObject({
    ids: strings,
    titleLength: u32,
    textLength: u32,
    terms: strings,
    starts: u32,
    docs: u32,
    title: u32,
    text: u32,
  }) satisfies z.ZodType<WordsSnapshot>,
})

export type SearchSnapshot = z.infer<typeof snapshotSchema>

/** The index as a structured-cloneable value, to be stored and restored by `restoreSearchIndex`. */
export function snapshotSearchIndex(index: SearchIndex): SearchSnapshot {
  const { headings, docs, words } = index.toParts()
  const auditNumber = new Map(headings.map((h, n) => [h.auditId, n]))
  const targets = docs.map(({ target }) => placeOf(target))
  return {
    version: SEARCH_SNAPSHOT_VERSION,
    audits: {
      id: headings.map((h) => h.auditId),
      client: headings.map((h) => h.client),
      system: headings.map((h) => h.system),
    },
    docs: {
      kind: Uint8Array.from(docs, (doc) => SEARCH_KINDS.indexOf(doc.kind)),
      audit: Uint32Array.from(docs, (doc) => auditNumber.get(doc.auditId)!),
      title: docs.map((doc) => doc.title),
      text: docs.map((doc) => doc.text),
      label: docs.map((doc) => doc.label),
      screen: Uint8Array.from(docs, (doc) => SCREENS.indexOf(doc.target.screen)),
      place: targets.map(([place]) => place),
      question: targets.map(([, question]) => question),
    },
    words,
  }
}

export type RestoredIndex = { index: SearchIndex } | { refused: string }

/** The index a stored snapshot holds, or why it is refused (the caller then rebuilds). */
export function restoreSearchIndex(value: unknown): RestoredIndex {
  const version = z.object({ version: z.unknown() }).safeParse(value)
  if (!version.success) return { refused: 'not a search index snapshot' }
  if (version.data.version !== SEARCH_SNAPSHOT_VERSION)
    return { refused: `format ${String(version.data.version)}, not ${SEARCH_SNAPSHOT_VERSION}` }
  const parsed = snapshotSchema.safeParse(value)
  if (!parsed.success) return { refused: `malformed: ${parsed.error.issues[0]?.message ?? ''}` }
  const problem = inconsistency(parsed.data)
  if (problem !== undefined) return { refused: `inconsistent: ${problem}` }
  const { audits, docs, words } = parsed.data
  const headings: AuditHeading[] = audits.id.map((auditId, n) => ({
    auditId,
    client: audits.client[n]!,
    system: audits.system[n]!,
  }))
  const restored = words.ids.map((id, n): SearchDoc => ({
    id,
    kind: SEARCH_KINDS[docs.kind[n]!]!,
    auditId: audits.id[docs.audit[n]!]!,
    title: docs.title[n]!,
    text: docs.text[n]!,
    label: docs.label[n]!,
    target: targetOf(SCREENS[docs.screen[n]!]!, docs.place[n]!, docs.question[n]!),
  }))
  return { index: SearchIndex.fromParts({ headings, docs: restored, words }) }
}

function placeOf(target: SearchTarget): [place: string, question: string] {
  switch (target.screen) {
    case 'audit':
      return ['', '']
    case 'interview':
    case 'findings':
      return [target.sectionId, target.questionId]
    case 'evidence':
      return [target.evidenceId, '']
  }
}

function targetOf(screen: SearchTarget['screen'], place: string, question: string): SearchTarget {
  switch (screen) {
    case 'audit':
      return { screen }
    case 'interview':
    case 'findings':
      return { screen, sectionId: place, questionId: question }
    case 'evidence':
      return { screen, evidenceId: place }
  }
}

const unique = (values: readonly string[]) => new Set(values).size === values.length

/** What does not add up in a well-formed snapshot, if anything: every number must lead somewhere. */
function inconsistency({ audits, docs, words }: SearchSnapshot): string | undefined {
  const auditCount = audits.id.length
  if (audits.client.length !== auditCount || audits.system.length !== auditCount)
    return 'audit columns differ in length'
  if (!unique(audits.id)) return 'an audit twice'
  const docCount = words.ids.length
  const columns = [
    docs.kind,
    docs.audit,
    docs.title,
    docs.text,
    docs.label,
    docs.screen,
    docs.place,
    docs.question,
    words.titleLength,
    words.textLength,
  ]
  if (columns.some((column) => column.length !== docCount)) return 'document columns differ'
  if (!unique(words.ids)) return 'a document twice'
  if (docs.kind.some((kind) => kind >= SEARCH_KINDS.length)) return 'an unknown kind'
  if (docs.screen.some((screen) => screen >= SCREENS.length)) return 'an unknown screen'
  if (docs.audit.some((audit) => audit >= auditCount)) return 'a document of no audit'
  return postingsInconsistency(words)
}

function postingsInconsistency({ ids, terms, starts, docs, title, text }: WordsSnapshot) {
  const count = docs.length
  if (title.length !== count || text.length !== count) return 'posting columns differ'
  if (starts.length !== terms.length + 1 || starts[0] !== 0 || starts.at(-1) !== count)
    return 'postings misplaced'
  if (!unique(terms) || terms.includes('')) return 'a word twice, or empty'
  // A document at most once per word, each number a document: marked by the word's number + 1.
  const seen = new Uint32Array(ids.length)
  for (let t = 0; t < terms.length; t++) {
    if (starts[t + 1]! <= starts[t]!) return 'a word held by nothing'
    for (let i = starts[t]!; i < starts[t + 1]!; i++) {
      const n = docs[i]!
      if (n >= ids.length || seen[n] === t + 1) return 'a posting of no document, or twice'
      seen[n] = t + 1
      if (title[i] === 0 && text[i] === 0) return 'a posting of no occurrence'
    }
  }
  return undefined
}
