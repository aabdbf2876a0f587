import { $isLinkNode, LinkNode } from '@lexical/link'
import { $isListItemNode, ListItemNode, ListNode } from '@lexical/list'
import {
  IS_BOLD,
  IS_ITALIC,
  TextNode,
  type Klass,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical'
import { LINK_PATTERN } from '@core/narrative'

/** Bold and italic: the only marks a `RichText` run can carry. */
const KEPT_FORMAT = IS_BOLD | IS_ITALIC

/**
 * Keeps the editor showing only what is saved: a paste or a shortcut (Ctrl+U) can bring marks,
 * colours, checklists or links `RichText` does not hold, and the mapping would drop them silently
 * at the next save. Each is reduced as it arrives instead, so what the consultant sees is what the
 * report will say. Returns the function that removes the rules.
 */
export function registerRichTextRules(editor: LexicalEditor): () => void {
  const removers = [
    editor.registerNodeTransform(TextNode, (node) => {
      const format = node.getFormat()
      if ((format & ~KEPT_FORMAT) !== 0) node.setFormat(format & KEPT_FORMAT)
      if (node.getStyle() !== '') node.setStyle('')
    }),
    editor.registerNodeTransform(ListNode, (node) => {
      if (node.getListType() === 'check') node.setListType('bullet')
      // A list inside a list item (a pasted outline): its items join the outer list, after the
      // item that held them, since a report's lists have one level.
      const holder = node.getParent()
      if (!$isListItemNode(holder)) return
      let after: LexicalNode = holder
      for (const item of node.getChildren()) {
        after.insertAfter(item)
        after = item
      }
      node.remove()
      if (holder.getChildrenSize() === 0) holder.remove()
    }),
    editor.registerNodeTransform(LinkNode, (node) => {
      if (!$isLinkNode(node) || LINK_PATTERN.test(node.getURL())) return
      // An address no reader should follow: the words stay, the link goes.
      for (const child of node.getChildren()) node.insertBefore(child)
      node.remove()
    }),
  ]
  return () => removers.forEach((remove) => remove())
}

/** The node classes the editor registers: nothing else can be in its state. */
export const RICH_TEXT_NODES: ReadonlyArray<Klass<LexicalNode>> = [ListNode, ListItemNode, LinkNode]
