import { useId } from 'react'
import { useToasts } from '../../stores/toast-store'

/**
 * An item's SHA-256: shown shortened by its width, the full value one click away from copying
 * (the field selects itself on focus; the button copies it).
 */
export function HashField({ sha256, fileName }: { sha256: string; fileName: string }) {
  const id = useId()
  const show = useToasts((s) => s.show)
  const copy = () =>
    navigator.clipboard.writeText(sha256).then(
      () => show({ message: 'SHA-256 copied.', tone: 'info' }),
      () => show({ message: 'Could not copy; select the value and copy it.', tone: 'error' }),
    )
  return (
    <span className="hash">
      <label className="hash__label" htmlFor={id}>
        SHA-256<span className="visually-hidden"> of {fileName}</span>
      </label>
      <input
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
