import { renderImageRenditions } from './render-image'
import type { RenditionRequest, RenditionResponse } from './rendition-messages'

/**
 * Decodes and re-encodes images away from the main thread, so that adding twenty photos at once
 * leaves the interview responsive.
 */
// Typed by hand: the renderer's tsconfig has the DOM library, not the worker one.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<RenditionRequest>) => void) | null
  postMessage(message: RenditionResponse): void
}

scope.onmessage = async (event: MessageEvent<RenditionRequest>) => {
  const { id, original, mediaType } = event.data
  let response: RenditionResponse
  try {
    response = { id, ok: true, renditions: await renderImageRenditions(original, mediaType) }
  } catch (error) {
    response = { id, ok: false, error: error instanceof Error ? error.message : String(error) }
  }
  scope.postMessage(response)
}
