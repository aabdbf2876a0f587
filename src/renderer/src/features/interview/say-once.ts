import { useToasts } from '../../components/toast-store'

/** Says why a key did nothing, once while the toast shows, however often the key is pressed. */
export function sayOnce(message: string): void {
  const toasts = useToasts.getState()
  if (toasts.toasts.some((toast) => toast.message === message)) return
  toasts.show({ message, tone: 'info' })
}
