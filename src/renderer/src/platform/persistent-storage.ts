/** The part of the browser's StorageManager the app uses; injected so tests give its answers. */
export type StorageManagerLike = Pick<StorageManager, 'persisted' | 'persist' | 'estimate'>

/** The browser's own, where there is one (it is missing outside a secure context). */
export function browserStorage(): StorageManagerLike | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage
}

/**
 * Asks the browser to keep the app's data through storage pressure (PRODUCT.md §13), unless it
 * already does, and gives its answer: true when the data stays until the user deletes it, false
 * when the system may clear it when space is low, undefined when the browser gives no answer.
 * Asking again is harmless: a browser that has decided answers at once, without a prompt.
 */
export async function keepDataPersistent(
  storage: Pick<StorageManagerLike, 'persisted' | 'persist'> | undefined,
): Promise<boolean | undefined> {
  if (!storage) return undefined
  try {
    return (await storage.persisted()) || (await storage.persist())
  } catch {
    return undefined
  }
}
