import { useEffect } from 'react'
import { useToasts, type Toast } from './toast-store'

const TOAST_MS = 10_000

/** Renders the toasts in a live region so screen readers announce them. */
export function Toaster() {
  const toasts = useToasts((s) => s.toasts)
  return (
    <div className="toaster" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
    </div>
  )
}

function ToastItem({ toast }: { toast: Toast }) {
  const dismiss = useToasts((s) => s.dismiss)
  useEffect(() => {
    const timer = setTimeout(() => dismiss(toast.id), TOAST_MS)
    return () => clearTimeout(timer)
  }, [dismiss, toast.id])
  return (
    <div className={`toast toast--${toast.tone}`}>
      <span>{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          className="button button--link"
          onClick={() => {
            dismiss(toast.id)
            void toast.action?.run()
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button
        type="button"
        className="button button--icon"
        aria-label="Dismiss"
        onClick={() => dismiss(toast.id)}
      >
        ×
      </button>
    </div>
  )
}
