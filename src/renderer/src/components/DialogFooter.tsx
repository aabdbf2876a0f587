import type { ReactNode, Ref } from 'react'

export interface DialogButton {
  label: ReactNode
  onClick?: () => void
  disabled?: boolean
}

/** The button that does the dialog's work: it submits `form` when given, else calls `onClick`. */
export interface DialogPrimaryButton extends DialogButton {
  /** "danger" for a button that deletes or removes. */
  tone?: 'primary' | 'danger'
  /** The id of the form in the dialog's body that this button submits. */
  form?: string
  /** For a dialog that opens focused on its primary button. */
  ref?: Ref<HTMLButtonElement>
}

export interface DialogFooterProps {
  /** Buttons before the pair, as the dialog writes them ("Show in folder", "Save a copy"). */
  extra?: ReactNode
  /** The button that leaves without acting ("Cancel", "Close", "Cancel export"). */
  cancel?: DialogButton
  /** Last in the row. */
  primary?: DialogPrimaryButton
}

/**
 * Every dialog's button row, right-aligned under the body in one order: any extra buttons, the
 * one that leaves, then the one that acts.
 */
export function DialogFooter({ extra, cancel, primary }: DialogFooterProps) {
  return (
    <div className="dialog__actions">
      {extra}
      {cancel && (
        <button
          type="button"
          className="button"
          onClick={cancel.onClick}
          disabled={cancel.disabled}
        >
          {cancel.label}
        </button>
      )}
      {primary && (
        <button
          ref={primary.ref}
          type={primary.form ? 'submit' : 'button'}
          form={primary.form}
          className={`button button--${primary.tone ?? 'primary'}`}
          onClick={primary.onClick}
          disabled={primary.disabled}
        >
          {primary.label}
        </button>
      )}
    </div>
  )
}
