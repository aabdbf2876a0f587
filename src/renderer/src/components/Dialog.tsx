import { useEffect, useRef, type ReactNode } from 'react'
import { DialogFooter, type DialogFooterProps } from './DialogFooter'

interface DialogProps {
  title: string
  open: boolean
  onClose: () => void
  children: ReactNode
  /** The button row under the body. */
  footer: DialogFooterProps
  /** Extra class on the <dialog>, e.g. for a wider preview. */
  className?: string
}

/**
 * A modal on the native <dialog>: the browser traps focus, closes it on Escape and restores
 * focus afterwards, with no script or injected styles (the CSP allows neither).
 */
export function Dialog({ title, open, onClose, children, footer, className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])
  return (
    <dialog
      ref={ref}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-label={title}
      onClose={onClose}
    >
      <h2 className="dialog__title">{title}</h2>
      <div className="dialog__body">{children}</div>
      <DialogFooter {...footer} />
    </dialog>
  )
}
