import { UserFacingError } from '@shared/errors'

/**
 * The image on the clipboard, read with the async Clipboard API (the "Paste screenshot" button).
 * Says plainly when there is none or reading is not allowed, and what to do instead.
 */
export async function readClipboardImage(
  clipboard: Pick<Clipboard, 'read'> | undefined = navigator.clipboard,
): Promise<Blob> {
  let items: ClipboardItems
  try {
    if (!clipboard?.read) throw new DOMException('No clipboard access.', 'NotAllowedError')
    items = await clipboard.read()
  } catch {
    throw new UserFacingError(
      'The app is not allowed to read the clipboard here. Press Ctrl+V (⌘V on a Mac) on this screen, outside a text field, to paste the screenshot instead.',
    )
  }
  for (const item of items) {
    const type = item.types.find((t) => t.startsWith('image/'))
    if (type) return item.getType(type)
  }
  throw new UserFacingError(
    'The clipboard holds no image. Take a screenshot first (for example Windows+Shift+S, or ⌘+Ctrl+Shift+4 on a Mac), then paste it.',
  )
}
