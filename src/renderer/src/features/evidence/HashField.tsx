import { useId, useRef } from 'react'
import { useToasts } from '../../components/toast-store'

/**
 * An item's SHA-256: shown shortened by its width, the full value one click away from copying
 * (the field selects itself on focus; the button copies it).
 */
export function HashField({
  sha256,
  fileName,
  label = 'SHA-256',
}: {
  sha256: string
  fileName: string
  /** What the hash is, when it is not the item's own (an edited version's original's). */
  label?: string
}) {
  const id = useId()
  const field = useRef<HTMLInputElement>(null)
  const show = useToasts((s) => s.show)
  // Where writing to the clipboard is not allowed (the desktop app grants no clipboard
  // permission), the value is selected for the user's own Ctrl+C instead.
  const copy = () =>
    navigator.clipboard.writeText(sha256).then(
      () => show({ message: 'SHA-256 copied.', tone: 'info' }),
      () => {
        field.current?.focus()
        show({ message: 'SHA-256 selected: press Ctrl+C (⌘C on a Mac) to copy it.', tone: 'info' })
      },
    )
  return (
    <span className="hash">
      <label className="hash__label" htmlFor={id}>
        {label}
        <span className="visually-hidden"> of {fileName}</span>
      </label>
      <input
        ref={field}
        id={id}
        className="hash__value"
        value={sha256}
        readOnly
        spellCheck={false}
        onFocus={(e) => e.currentTarget.select()}
      />
      <button
        type="button"
        className="button button--link hash__copy"
        aria-label={`Copy the SHA-256 of ${fileName}`}
        onClick={() => void copy()}
      >
        Copy
      </button>
    </span>
  )
}
