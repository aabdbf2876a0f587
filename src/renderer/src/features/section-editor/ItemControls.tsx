import { useState, type FormEvent } from 'react'

interface ItemControlsProps {
  /** How the item is named to a screen reader: "outcome 'Owned'", "question 3". */
  name: string
  index: number
  count: number
  onMove(to: number): void
  onRemove(): void
}

/** Move up, move down and remove for one item of a list in the editor. */
export function ItemControls({ name, index, count, onMove, onRemove }: ItemControlsProps) {
  return (
    <div className="item-controls">
      <button
        type="button"
        className="button button--small"
        aria-label={`Move ${name} up`}
        disabled={index === 0}
        onClick={() => onMove(index - 1)}
      >
        ↑ Up
      </button>
      <button
        type="button"
        className="button button--small"
        aria-label={`Move ${name} down`}
        disabled={index === count - 1}
        onClick={() => onMove(index + 1)}
      >
        ↓ Down
      </button>
      <button
        type="button"
        className="button button--small button--danger-quiet"
        aria-label={`Remove ${name}`}
        onClick={onRemove}
      >
        Remove
      </button>
    </div>
  )
}

interface AddItemFormProps {
  /** The button: "Add outcome". */
  action: string
  /** The label of the one text it asks for: "Name of the new outcome". */
  label: string
  onAdd(text: string): void
}

/**
 * Adds an item from its title, so its id is made from the title (and stays when it is renamed).
 */
export function AddItemForm({ action, label, onAdd }: AddItemFormProps) {
  const [text, setText] = useState('')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (text.trim() === '') return
    onAdd(text.trim())
    setText('')
  }
  return (
    <form className="add-item" onSubmit={submit}>
      <label className="field__label">
        {label}
        <input className="input" value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <button type="submit" className="button" disabled={text.trim() === ''}>
        {action}
      </button>
    </form>
  )
}
