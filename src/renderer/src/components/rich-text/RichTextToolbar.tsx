import { useRef, useState, type KeyboardEvent } from 'react'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import {
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  REMOVE_LIST_COMMAND,
} from '@lexical/list'
import { FORMAT_TEXT_COMMAND } from 'lexical'
import type { SelectionState } from './selection-state'

interface ToolbarProps {
  /** The field's label: the toolbar is named after it. */
  label: string
  state: SelectionState
  disabled: boolean
  onLink: () => void
}

const SHORTCUT = /Mac|iPhone|iPad/.test(globalThis.navigator?.platform ?? '') ? '⌘' : 'Ctrl+'

/**
 * Bold, italic, the two lists and a link, as toggle buttons that show whether they apply where
 * the cursor is. One tab stop for the whole toolbar; the arrow keys move along it (the ARIA
 * toolbar pattern).
 */
export function RichTextToolbar({ label, state, disabled, onLink }: ToolbarProps) {
  const [editor] = useLexicalComposerContext()
  const [active, setActive] = useState(0)
  const buttons = useRef<Array<HTMLButtonElement | null>>([])
  const list = (type: 'bullet' | 'number') =>
    editor.dispatchCommand(
      state.list === type
        ? REMOVE_LIST_COMMAND
        : type === 'bullet'
          ? INSERT_UNORDERED_LIST_COMMAND
          : INSERT_ORDERED_LIST_COMMAND,
      undefined,
    )
  const tools = [
    {
      name: 'Bold',
      keys: `${SHORTCUT}B`,
      pressed: state.bold,
      icon: <b>B</b>,
      run: () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold'),
    },
    {
      name: 'Italic',
      keys: `${SHORTCUT}I`,
      pressed: state.italic,
      icon: <i>I</i>,
      run: () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic'),
    },
    {
      name: 'Bulleted list',
      pressed: state.list === 'bullet',
      icon: '•',
      run: () => list('bullet'),
    },
    {
      name: 'Numbered list',
      pressed: state.list === 'number',
      icon: '1.',
      run: () => list('number'),
    },
    {
      name: 'Link',
      keys: `${SHORTCUT}K`,
      pressed: state.link !== undefined,
      icon: 'Link',
      run: onLink,
    },
  ]
  const move = (event: KeyboardEvent) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key]
    const to =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? tools.length - 1
          : step === undefined
            ? undefined
            : (active + step + tools.length) % tools.length
    if (to === undefined) return
    event.preventDefault()
    setActive(to)
    buttons.current[to]?.focus()
  }
  return (
    <div
      role="toolbar"
      aria-label={`Formatting: ${label}`}
      className="rich-text__toolbar"
      onKeyDown={move}
    >
      {tools.map((tool, i) => (
        <button
          key={tool.name}
          ref={(el) => {
            buttons.current[i] = el
          }}
          type="button"
          className="rich-text__tool"
          aria-pressed={tool.pressed}
          aria-label={tool.name}
          aria-keyshortcuts={tool.keys?.replace('⌘', 'Meta+').replace('Ctrl+', 'Control+')}
          title={tool.keys ? `${tool.name} (${tool.keys})` : tool.name}
          tabIndex={i === active ? 0 : -1}
          disabled={disabled}
          // Keeps the cursor in the text, so the change applies where it was.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            setActive(i)
            tool.run()
          }}
        >
          <span aria-hidden="true">{tool.icon}</span>
        </button>
      ))}
    </div>
  )
}
