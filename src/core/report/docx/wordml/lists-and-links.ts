import { linkTarget } from '../../../narrative/rich-text'

/** Where a span's link goes: a relationship id, or nothing when the address is not one to follow. */
export interface LinkTargets {
  relationshipOf(address: string): string | undefined
}

/** An external address the document links to: one relationship however often it is linked. */
export interface PlacedLink {
  /** As it goes into the relationship's Target: a URI, escaped by whoever writes it. */
  target: string
  relationshipId: string
}

/**
 * Well above the numbering docx writes (its bullet list is numId 1) and whatever a firm's
 * template brings, so our numbered lists never take over another definition.
 */
export const NUMBERED_ABSTRACT_ID = 7000

/**
 * The numbered lists and external links one document uses, gathered while its blocks are written
 * and added to numbering.xml and document.xml.rels when it is packed (`addListsAndLinks`).
 *
 * Each numbered list is its own `w:num` (restarting at 1) over one decimal definition: Word
 * continues a list across paragraphs that share a numId, so two lists sharing one would read
 * 1, 2, 3 then 4, 5.
 */
export class ListsAndLinks implements LinkTargets {
  /** The numIds of the numbered lists, in the order they were written. */
  readonly numberedLists: number[] = []
  readonly links: PlacedLink[] = []
  private readonly linkIds = new Map<string, string>()

  /** A numId for a new numbered list, which numbers from 1. */
  newNumberedList(): number {
    const numId = NUMBERED_ABSTRACT_ID + this.numberedLists.length + 1
    this.numberedLists.push(numId)
    return numId
  }

  /**
   * The relationship of an http(s) or mailto address. Anything else (`javascript:`, `file:`, a
   * relative path) gets none, so it is written as the text it is: whatever reached the model, the
   * document never links to it.
   */
  relationshipOf(address: string): string | undefined {
    const known = this.linkIds.get(address)
    if (known) return known
    const target = linkTarget(address)
    if (target === undefined) return undefined
    const relationshipId = `awbLink${this.links.length + 1}`
    this.links.push({ target, relationshipId })
    this.linkIds.set(address, relationshipId)
    return relationshipId
  }
}
