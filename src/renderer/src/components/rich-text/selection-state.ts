import { $isLinkNode } from '@lexical/link'
import { $isListNode } from '@lexical/list'
import { $getSelection, $isRangeSelection, type LexicalNode } from 'lexical'

/** What the toolbar shows as pressed, for where the cursor is. */
export interface SelectionState {
  bold: boolean
  italic: boolean
  list: 'bullet' | 'number' | undefined
  /** The address of the link the cursor is in. */
  link: string | undefined
}

export const NOTHING_SELECTED: SelectionState = {
  bold: false,
  italic: false,
  list: undefined,
  link: undefined,
}

/** Read inside `editorState.read`. */
export function $selectionState(): SelectionState {
  const selection = $getSelection()
  if (!$isRangeSelection(selection)) return NOTHING_SELECTED
  const anchor = selection.anchor.getNode()
  const list = nearest(anchor, $isListNode)?.getListType()
  return {
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    list: list === 'bullet' || list === 'number' ? list : undefined,
    link: nearest(anchor, $isLinkNode)?.getURL(),
  }
}

function nearest<T extends LexicalNode>(
  node: LexicalNode,
  is: (node: LexicalNode) => node is T,
): T | undefined {
  for (let at: LexicalNode | null = node; at !== null; at = at.getParent()) if (is(at)) return at
  return undefined
}
