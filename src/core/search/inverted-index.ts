import SearchableMap from 'minisearch/SearchableMap'
import { fuzzinessFor } from './query'
import { processTerm, tokenize } from './text'

/**
 * The postings behind search: for every word, the documents holding it and how often, in each of
 * the two fields. MiniSearch's radix tree (`SearchableMap`) holds the words, for its prefix and
 * fuzzy look-ups; the postings are kept here as flat arrays, and a query is scored in one pass
 * over typed arrays. MiniSearch's own scoring builds an object per matching document and term;
 * on notes written in a small vocabulary (every common word in half the notes) a three-word query
 * over 40,000 notes took it 200–400 ms, this about a tenth of that. The scoring is MiniSearch's
 * (BM25+, the same weights for prefix and fuzzy matches).
 */

interface Postings {
  docs: number[]
  /** Occurrences in each field, by position in `docs` (0 when the field lacks the word). */
  title: number[]
  text: number[]
  /** Documents with the word in each field, for its rarity (idf). */
  inTitle: number
  inText: number
}

/** Boosts of the two fields: a word in a title says more than the same word in a long text. */
const TITLE_BOOST = 2
// BM25+ parameters and the weights of prefix and fuzzy matches, as MiniSearch's defaults.
const K = 1.2
const B = 0.7
const D = 0.5
const PREFIX_WEIGHT = 0.375
const FUZZY_WEIGHT = 0.45

/** Compaction drops removed documents from the postings once they are this many and a third. */
const COMPACT_AT = 5_000

function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const word of tokenize(text)) {
    const term = processTerm(word)
    if (term !== null) counts.set(term, (counts.get(term) ?? 0) + 1)
  }
  return counts
}

/** How rare a word is among `docs` documents, `withTerm` of which hold it (BM25's idf). */
const rarity = (withTerm: number, docs: number) =>
  Math.log(1 + (docs - withTerm + 0.5) / (withTerm + 0.5))

/** BM25+'s weight of `tf` occurrences in a field `length` words long (average `average`). */
const saturation = (tf: number, length: number, average: number) =>
  D + (tf * (K + 1)) / (tf + K * (1 - B + (B * length) / average))

/** Counts and numbers in a snapshot: unshared memory, as structured cloning gives. */
type Numbers = Uint32Array<ArrayBuffer>

/**
 * The postings as plain data, for keeping between page loads (./snapshot.ts): the live documents
 * numbered afresh, and every word's postings one after another in flat typed arrays, which are
 * structured-cloned and checked far faster than an object per posting.
 */
export interface WordsSnapshot {
  /** Document ids, by number. */
  ids: string[]
  /** Words in each field of each document, by number. */
  titleLength: Numbers
  textLength: Numbers
  terms: string[]
  /** Where each term's postings start; one more than the terms, the last being their count. */
  starts: Numbers
  /** The postings: document number, and occurrences in each field. */
  docs: Numbers
  title: Numbers
  text: Numbers
}

export interface Scored {
  id: string
  score: number
}

export class InvertedIndex {
  private readonly terms = new SearchableMap<Postings>()
  private readonly numbers = new Map<string, number>()
  /** Document ids by number; undefined once removed. */
  private ids: Array<string | undefined> = []
  private titleLength: number[] = []
  private textLength: number[] = []
  private totalTitle = 0
  private totalText = 0
  private removed = 0
  // Scratch space of a query, by document number.
  private score = new Float64Array(0)
  private matched = new Uint8Array(0)
  private stamp = new Uint32Array(0)
  private generation = 0

  get size(): number {
    return this.numbers.size
  }

  has(id: string): boolean {
    return this.numbers.has(id)
  }

  add(id: string, title: string, text: string): void {
    this.remove(id)
    const n = this.ids.length
    this.ids.push(id)
    this.numbers.set(id, n)
    const titleCounts = termCounts(title)
    const textCounts = termCounts(text)
    let titleLength = 0
    for (const count of titleCounts.values()) titleLength += count
    let textLength = 0
    for (const count of textCounts.values()) textLength += count
    this.titleLength.push(titleLength)
    this.textLength.push(textLength)
    this.totalTitle += titleLength
    this.totalText += textLength
    for (const term of new Set([...titleCounts.keys(), ...textCounts.keys()])) {
      let postings = this.terms.get(term)
      if (!postings) {
        postings = { docs: [], title: [], text: [], inTitle: 0, inText: 0 }
        this.terms.set(term, postings)
      }
      const inTitle = titleCounts.get(term) ?? 0
      const inText = textCounts.get(term) ?? 0
      postings.docs.push(n)
      postings.title.push(inTitle)
      postings.text.push(inText)
      if (inTitle > 0) postings.inTitle += 1
      if (inText > 0) postings.inText += 1
    }
  }

  remove(id: string): void {
    const n = this.numbers.get(id)
    if (n === undefined) return
    this.numbers.delete(id)
    this.ids[n] = undefined
    this.totalTitle -= this.titleLength[n]!
    this.totalText -= this.textLength[n]!
    this.removed += 1
    if (this.removed >= COMPACT_AT && this.removed * 3 >= this.ids.length) this.compact()
  }

  /** The live documents and their postings, numbered afresh (removed ones left out). */
  toSnapshot(): WordsSnapshot {
    const { renumber, ids, titleLength, textLength } = this.liveNumbering()
    let capacity = 0
    for (const [, postings] of this.terms) capacity += postings.docs.length
    const docs = new Uint32Array(capacity)
    const title = new Uint32Array(capacity)
    const text = new Uint32Array(capacity)
    const terms: string[] = []
    const starts = [0]
    let count = 0
    for (const [word, postings] of this.terms) {
      for (const [i, n] of postings.docs.entries()) {
        const now = renumber[n]!
        if (now < 0) continue
        docs[count] = now
        title[count] = postings.title[i]!
        text[count] = postings.text[i]!
        count += 1
      }
      if (count === starts.at(-1)) continue // only removed documents held it
      terms.push(word)
      starts.push(count)
    }
    return {
      ids,
      titleLength: Uint32Array.from(titleLength),
      textLength: Uint32Array.from(textLength),
      terms,
      starts: Uint32Array.from(starts),
      docs: docs.slice(0, count),
      title: title.slice(0, count),
      text: text.slice(0, count),
    }
  }

  /** The index a snapshot was taken of; the snapshot must be checked first (./snapshot.ts). */
  static fromSnapshot(snapshot: WordsSnapshot): InvertedIndex {
    const index = new InvertedIndex()
    index.ids = [...snapshot.ids]
    for (const [n, id] of snapshot.ids.entries()) index.numbers.set(id, n)
    index.titleLength = Array.from(snapshot.titleLength)
    index.textLength = Array.from(snapshot.textLength)
    for (const length of snapshot.titleLength) index.totalTitle += length
    for (const length of snapshot.textLength) index.totalText += length
    const { starts } = snapshot
    for (const [t, term] of snapshot.terms.entries()) {
      const title = Array.from(snapshot.title.subarray(starts[t]!, starts[t + 1]!))
      const text = Array.from(snapshot.text.subarray(starts[t]!, starts[t + 1]!))
      index.terms.set(term, {
        docs: Array.from(snapshot.docs.subarray(starts[t]!, starts[t + 1]!)),
        title,
        text,
        inTitle: title.filter((tf) => tf > 0).length,
        inText: text.filter((tf) => tf > 0).length,
      })
    }
    return index
  }

  /**
   * The documents holding every one of `terms` (the last as a prefix when `lastIsPrefix`, longer
   * words also within a few edits), scored; and every indexed word that matched, to mark them.
   */
  search(terms: readonly string[], lastIsPrefix: boolean): { hits: Scored[]; words: Set<string> } {
    const words = new Set<string>()
    const expanded = terms.map((term, i) => {
      const found = this.expand(term, lastIsPrefix && i === terms.length - 1)
      for (const [word] of found) words.add(word)
      return found
    })
    // The rarest word first: only documents holding it are candidates for the rest.
    const order = expanded
      .map((found) => ({ found, size: found.reduce((sum, [, p]) => sum + p.docs.length, 0) }))
      .sort((a, b) => a.size - b.size)
    if (order.length === 0 || order[0]!.size === 0) return { hits: [], words }

    this.prepareScratch()
    const generation = ++this.generation
    const { ids, score, matched, stamp, titleLength, textLength } = this
    const docs = this.numbers.size
    const averageTitle = Math.max(this.totalTitle / Math.max(docs, 1), 1)
    const averageText = Math.max(this.totalText / Math.max(docs, 1), 1)
    const candidates: number[] = []
    for (const [q, { found }] of order.entries()) {
      for (const [, postings, weight] of found) {
        const { docs: nums, title, text } = postings
        const titleWeight = weight * TITLE_BOOST * rarity(postings.inTitle, docs)
        const textWeight = weight * rarity(postings.inText, docs)
        for (let i = 0; i < nums.length; i++) {
          const n = nums[i]!
          if (ids[n] === undefined) continue
          if (q === 0) {
            if (stamp[n] !== generation) {
              stamp[n] = generation
              score[n] = 0
              matched[n] = 0
              candidates.push(n)
            }
          } else if (stamp[n] !== generation || matched[n]! < q) continue
          if (matched[n] === q) matched[n] = q + 1
          const tfTitle = title[i]!
          const tfText = text[i]!
          let s = 0
          if (tfTitle > 0) s += titleWeight * saturation(tfTitle, titleLength[n]!, averageTitle)
          if (tfText > 0) s += textWeight * saturation(tfText, textLength[n]!, averageText)
          score[n] = score[n]! + s
        }
      }
    }
    const all = order.length
    const hits: Scored[] = []
    for (const n of candidates) if (matched[n] === all) hits.push({ id: ids[n]!, score: score[n]! })
    return { hits, words }
  }

  /** The indexed words a query word stands for, each with its postings and weight. */
  private expand(term: string, prefix: boolean): Array<[string, Postings, number]> {
    const found = new Map<string, [string, Postings, number]>()
    const exact = this.terms.get(term)
    if (exact) found.set(term, [term, exact, 1])
    if (prefix) {
      for (const [word, postings] of this.terms.atPrefix(term)) {
        if (word === term) continue
        const weight =
          (PREFIX_WEIGHT * word.length) / (word.length + 0.3 * (word.length - term.length))
        found.set(word, [word, postings, weight])
      }
      return [...found.values()]
    }
    const distance = fuzzinessFor(term)
    if (distance > 0) {
      for (const [word, [postings, edits]] of this.terms.fuzzyGet(term, distance)) {
        if (edits === 0 || found.has(word)) continue
        found.set(word, [word, postings, (FUZZY_WEIGHT * word.length) / (word.length + edits)])
      }
    }
    return [...found.values()]
  }

  private prepareScratch(): void {
    const size = this.ids.length
    if (this.score.length >= size) return
    const capacity = Math.max(1024, size * 2)
    const stamp = new Uint32Array(capacity)
    stamp.set(this.stamp)
    this.stamp = stamp
    this.score = new Float64Array(capacity)
    this.matched = new Uint8Array(capacity)
  }

  /** The live documents numbered afresh in order (`renumber`: old number → new, or -1). */
  private liveNumbering(): {
    renumber: Int32Array
    ids: string[]
    titleLength: number[]
    textLength: number[]
  } {
    const renumber = new Int32Array(this.ids.length).fill(-1)
    const ids: string[] = []
    const titleLength: number[] = []
    const textLength: number[] = []
    for (const [n, id] of this.ids.entries()) {
      if (id === undefined) continue
      renumber[n] = ids.length
      ids.push(id)
      titleLength.push(this.titleLength[n]!)
      textLength.push(this.textLength[n]!)
    }
    return { renumber, ids, titleLength, textLength }
  }

  /** Renumbers the live documents and drops the removed ones from every posting list. */
  private compact(): void {
    const { renumber, ids, titleLength, textLength } = this.liveNumbering()
    for (const [n, id] of ids.entries()) this.numbers.set(id, n)
    const emptied: string[] = []
    for (const [word, postings] of this.terms) {
      const kept: Postings = { docs: [], title: [], text: [], inTitle: 0, inText: 0 }
      for (const [i, n] of postings.docs.entries()) {
        const now = renumber[n]!
        if (now < 0) continue
        kept.docs.push(now)
        kept.title.push(postings.title[i]!)
        kept.text.push(postings.text[i]!)
        if (postings.title[i]! > 0) kept.inTitle += 1
        if (postings.text[i]! > 0) kept.inText += 1
      }
      if (kept.docs.length === 0) emptied.push(word)
      else Object.assign(postings, kept)
    }
    for (const word of emptied) this.terms.delete(word)
    this.ids = ids
    this.titleLength = titleLength
    this.textLength = textLength
    this.removed = 0
    this.stamp = new Uint32Array(0)
    this.score = new Float64Array(0)
    this.matched = new Uint8Array(0)
  }
}
