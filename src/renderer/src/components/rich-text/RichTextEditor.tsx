import { useEffect, useRef, useState } from 'react'
import { $createLinkNode, $toggleLink } from '@lexical/link'
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { ContentEditable } from '@lexical/react/LexicalContentEditable'
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary'
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin'
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin'
import { ListPlugin } from '@lexical/react/LexicalListPlugin'
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin'
import {
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_NORMAL,
  KEY_DOWN_COMMAND,
  type BaseSelection,
} from 'lexical'
import { LINK_PATTERN, type RichText } from '@core/narrative'
import { $readRichText, $writeRichText } from './lexical-rich-text'
import { LinkDialog } from './LinkDialog'
import { registerRichTextRules, RICH_TEXT_NODES } from './rich-text-rules'
import { RichTextToolbar } from './RichTextToolbar'
import { $selectionState, NOTHING_SELECTED, type SelectionState } from './selection-state'
import './rich-text.css'

export interface RichTextEditorProps {
  /** The field's label: the editable area's accessible name. */
  label: string
  /** The id of the hint (or marker) that describes the field. */
  describedBy?: string
  /** What the editor starts with; later changes to it are ignored (key the editor to reset it). */
  initial: RichText
  /** Each change of the document, not of the cursor. */
  onChange: (doc: RichText) => void
  onBlur?: () => void
  readOnly?: boolean
}

const THEME: InitialConfigType['theme'] = {
  paragraph: 'rich-text__paragraph',
  list: { ul: 'rich-text__bullets', ol: 'rich-text__numbered', listitem: 'rich-text__item' },
  link: 'rich-text__link',
}

/**
 * One function for the editor's life: LinkPlugin registers again when it changes, and each time
 * marks every link changed, which moves the focus back into this editor from wherever it is.
 */
const isSafeLink = (url: string) => LINK_PATTERN.test(url)

/**
 * A small rich-text editor (issue 15) over Lexical: paragraphs, bold, italic, bulleted and
 * numbered lists and links, and nothing else. It edits a core `RichText`; the mapping and the
 * rules that keep it to that are beside it. Loaded lazily (`LazyRichTextEditor`).
 */
export function RichTextEditor(props: RichTextEditorProps) {
  const { initial, readOnly = false } = props
  const [config] = useState((): InitialConfigType => ({
    namespace: 'audit-workbook-rich-text',
    nodes: [...RICH_TEXT_NODES],
    theme: THEME,
    editable: !readOnly,
    editorState: () => $writeRichText(initial),
    onError: (error) => {
      throw error
    },
  }))
  return (
    <LexicalComposer initialConfig={config}>
      <EditorBody {...props} />
    </LexicalComposer>
  )
}

function EditorBody({
  label,
  describedBy,
  onChange,
  onBlur,
  readOnly = false,
}: RichTextEditorProps) {
  const [editor] = useLexicalComposerContext()
  const [state, setState] = useState<SelectionState>(NOTHING_SELECTED)
  const [link, setLink] = useState<{ current: string } | undefined>()
  const savedSelection = useRef<BaseSelection | null>(null)
  const changed = useRef(onChange)
  useEffect(() => {
    changed.current = onChange
  }, [onChange])

  const openLink = () => {
    const { selection, current } = editor.getEditorState().read(() => ({
      selection: $getSelection()?.clone() ?? null,
      current: $selectionState().link ?? '',
    }))
    savedSelection.current = selection
    setLink({ current })
  }
  const openLinkRef = useRef(openLink)
  useEffect(() => {
    openLinkRef.current = openLink
  })

  useEffect(() => registerRichTextRules(editor), [editor])
  useEffect(() => editor.setEditable(!readOnly), [editor, readOnly])
  useEffect(() => {
    let last = editor.getEditorState().read(() => JSON.stringify($readRichText()))
    return editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves }) => {
      setState((previous) => {
        const next = editorState.read($selectionState)
        return JSON.stringify(next) === JSON.stringify(previous) ? previous : next
      })
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return
      const doc = editorState.read($readRichText)
      const json = JSON.stringify(doc)
      if (json === last) return
      last = json
      changed.current(doc)
    })
  }, [editor])
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'k') return false
          event.preventDefault()
          openLinkRef.current()
          return true
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor],
  )

  // The dialog leaves the page while open, so the browser does not hand the focus back: the
  // editor takes it once the dialog is gone (a modal dialog keeps it while it is there).
  const [closedLinks, setClosedLinks] = useState(0)
  useEffect(() => {
    if (closedLinks > 0) editor.focus()
  }, [editor, closedLinks])
  const closeLink = () => {
    setLink(undefined)
    setClosedLinks((n) => n + 1)
  }
  const applyLink = (address: string | null) => {
    editor.update(() => {
      const saved = savedSelection.current?.clone()
      if (saved) $setSelection(saved)
      const selection = $getSelection()
      if (
        address !== null &&
        $isRangeSelection(selection) &&
        selection.isCollapsed() &&
        !link?.current
      )
        // Nothing selected to link: the address itself becomes the words.
        selection.insertNodes([$createLinkNode(address).append($createTextNode(address))])
      else $toggleLink(address)
    })
    closeLink()
  }

  return (
    <div className="rich-text">
      <RichTextToolbar label={label} state={state} disabled={readOnly} onLink={openLink} />
      <RichTextPlugin
        contentEditable={
          <ContentEditable
            className="rich-text__content input"
            ariaLabel={label}
            ariaMultiline
            ariaDescribedBy={describedBy}
            onBlur={onBlur}
          />
        }
        ErrorBoundary={LexicalErrorBoundary}
      />
      <HistoryPlugin />
      <ListPlugin />
      <LinkPlugin validateUrl={isSafeLink} />
      {link && (
        <LinkDialog
          current={link.current}
          onApply={applyLink}
          onRemove={() => applyLink(null)}
          onClose={closeLink}
        />
      )}
    </div>
  )
}
