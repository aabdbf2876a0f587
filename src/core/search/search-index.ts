import type { Audit } from '../audit/model'
import {
  auditDoc,
  auditLabel,
  type AuditHeading,
  type SearchDoc,
  type SearchKind,
  type SearchTarget,
} from './documents'
import { InvertedIndex, type WordsSnapshot } from './inverted-index'
import { parseQuery } from './query'
import { snippet, type SnippetPart } from './snippet'

/** One result: what matched and where it leads. */
export interface SearchHit {
  id: string
  kind: SearchKind
  /** Which field the snippet is from: the short one (title, name, client) or the long one. */
  field: 'title' | 'text'
  label: string
  snippet: SnippetPart[]
  target: SearchTarget
}

/** An audit's results, best first; `more` counts its matches not shown. */
export interface SearchGroup {
  auditId: string
  heading: string
  hits: SearchHit[]
  more: number
}

export interface SearchOutcome {
  groups: SearchGroup[]
  /** Every match, shown or not. */
  total: number
}

export interface SearchLimits {
  /** Results shown per audit. */
  perAudit: number
  /** Audits shown. */
  audits: number
}

/**
 * An index as plain parts, in and out of ./snapshot.ts (which checks them and lays them out for
 * storage): the audits held, and every document, `docs[n]` being the words' document `n`.
 */
export interface SearchIndexParts {
  headings: AuditHeading[]
  docs: SearchDoc[]
  words: WordsSnapshot
}

export const DEFAULT_LIMITS: SearchLimits = { perAudit: 5, audits: 12 }

/** A match in the client's name is what a user most often means; it leads its audit's group. */
const KIND_BOOST: Record<SearchKind, number> = { audit: 1.5, finding: 1.2, evidence: 1, note: 1 }

/**
 * The search index over every live audit: the words of every document (./inverted-index.ts, on
 * MiniSearch's radix tree: BM25, prefix and fuzzy look-up, documents added and removed one at a
 * time) plus what a result needs to be shown and grouped. Records of
 * a deleted audit are never in it: `putAudit` with `deletedAt` takes them all out, and `put`
 * refuses a document of an audit it does not hold.
 */
export class SearchIndex {
  private words = new InvertedIndex()
  private readonly docs = new Map<string, SearchDoc>()
  private readonly byAudit = new Map<string, Set<string>>()
  private readonly headings = new Map<string, AuditHeading>()
  private changes = 0

  get documentCount(): number {
    return this.docs.size
  }

  /** Counts the changes to what a search can return, to tell whether there is news to keep. */
  get revision(): number {
    return this.changes
  }

  /** Its parts, to be kept (./snapshot.ts); a search of the index they make finds the same. */
  toParts(): SearchIndexParts {
    const words = this.words.toSnapshot()
    return {
      headings: [...this.headings.values()],
      docs: words.ids.map((id) => this.docs.get(id)!),
      words,
    }
  }

  /** The index of parts checked by ./snapshot.ts (each document's audit among the headings). */
  static fromParts({ headings, docs, words }: SearchIndexParts): SearchIndex {
    const index = new SearchIndex()
    for (const heading of headings) index.headings.set(heading.auditId, heading)
    index.words = InvertedIndex.fromSnapshot(words)
    for (const doc of docs) {
      index.docs.set(doc.id, doc)
      let ids = index.byAudit.get(doc.auditId)
      if (!ids) index.byAudit.set(doc.auditId, (ids = new Set()))
      ids.add(doc.id)
    }
    return index
  }

  hasAudit(auditId: string): boolean {
    return this.headings.has(auditId)
  }

  /** Every audit it holds. */
  auditIds(): string[] {
    return [...this.headings.keys()]
  }

  /** Adds or updates an audit (its client and system); a deleted one is taken out whole. */
  putAudit(audit: Pick<Audit, 'id' | 'client' | 'system' | 'deletedAt'>): void {
    if (audit.deletedAt !== undefined) return this.removeAudit(audit.id)
    const held = this.headings.get(audit.id)
    if (held?.client !== audit.client || held.system !== audit.system) this.changes += 1
    this.headings.set(audit.id, { auditId: audit.id, client: audit.client, system: audit.system })
    this.put(auditDoc(audit))
  }

  /** Takes out an audit and everything of it. */
  removeAudit(auditId: string): void {
    for (const id of this.byAudit.get(auditId) ?? []) this.discard(id)
    this.byAudit.delete(auditId)
    if (this.headings.delete(auditId)) this.changes += 1
  }

  /** Adds or replaces a document; false (and nothing indexed) when its audit is not held. */
  put(doc: SearchDoc): boolean {
    if (!this.headings.has(doc.auditId)) return false
    const old = this.docs.get(doc.id)
    if (old && old.title === doc.title && old.text === doc.text) {
      // Only its label or place changed, if anything: nothing to re-index.
      if (old.label !== doc.label || JSON.stringify(old.target) !== JSON.stringify(doc.target))
        this.changes += 1
      this.docs.set(doc.id, doc)
      return true
    }
    this.changes += 1
    this.words.add(doc.id, doc.title, doc.text)
    this.docs.set(doc.id, doc)
    let ids = this.byAudit.get(doc.auditId)
    if (!ids) this.byAudit.set(doc.auditId, (ids = new Set()))
    ids.add(doc.id)
    return true
  }

  /** Takes out a document, if it is there. */
  remove(docId: string): void {
    const doc = this.docs.get(docId)
    if (!doc) return
    this.discard(docId)
    this.byAudit.get(doc.auditId)?.delete(docId)
  }

  /** The ids of an audit's documents of one kind (to find what a re-read no longer yields). */
  docIdsOf(auditId: string, kind: SearchKind): string[] {
    return [...(this.byAudit.get(auditId) ?? [])].filter((id) => this.docs.get(id)?.kind === kind)
  }

  private discard(docId: string): void {
    this.changes += 1
    this.words.remove(docId)
    this.docs.delete(docId)
  }

  /** The query's matches, grouped by audit, best audit first; nothing for an empty query. */
  search(raw: string, limits: SearchLimits = DEFAULT_LIMITS): SearchOutcome {
    const { terms, lastIsPrefix } = parseQuery(raw)
    if (terms.length === 0) return { groups: [], total: 0 }
    const { hits, words } = this.words.search(terms, lastIsPrefix)
    const ranked = hits
      .map(({ id, score }) => {
        const doc = this.docs.get(id)
        return { doc, score: score * KIND_BOOST[doc?.kind ?? 'note'] }
      })
      .sort((a, b) => b.score - a.score)
    return { groups: this.group(ranked, words, limits), total: hits.length }
  }

  private group(
    ranked: ReadonlyArray<{ doc: SearchDoc | undefined }>,
    words: ReadonlySet<string>,
    limits: SearchLimits,
  ): SearchGroup[] {
    const groups = new Map<string, SearchGroup>()
    for (const { doc } of ranked) {
      const heading = doc && this.headings.get(doc.auditId)
      if (!doc || !heading) continue
      let group = groups.get(doc.auditId)
      if (!group) {
        if (groups.size >= limits.audits) continue
        group = { auditId: doc.auditId, heading: auditLabel(heading), hits: [], more: 0 }
        groups.set(doc.auditId, group)
      }
      if (group.hits.length >= limits.perAudit) {
        group.more += 1
        continue
      }
      group.hits.push(hitOf(doc, words))
    }
    return [...groups.values()]
  }
}

function hitOf(doc: SearchDoc, words: ReadonlySet<string>): SearchHit {
  // The short field when a matched word is in it (or there is nothing else), else the long one.
  const title = snippet(doc.title, words)
  const field = title.some((part) => part.mark) || doc.text.trim() === '' ? 'title' : 'text'
  return {
    id: doc.id,
    kind: doc.kind,
    field,
    label: doc.label,
    snippet: field === 'title' ? title : snippet(doc.text, words),
    target: doc.target,
  }
}
