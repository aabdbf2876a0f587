import { APP_ORIGIN } from '@shared/csp'

/** The parts of Electron's `WebFrameMain` and `IpcMainInvokeEvent` the check reads. */
export interface SenderFrameLike {
  readonly url: string
  readonly parent: unknown
}
export interface InvokeEventLike {
  readonly senderFrame: SenderFrameLike | null
}

/**
 * `scheme://host[:port]`, lower-cased, or null when the URL has no host (file:, about:, data:).
 * Computed by hand because WHATWG `URL.origin` is "null" for custom schemes such as `app:`.
 */
export function originOf(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.host === '') return null
  return `${parsed.protocol}//${parsed.host}`.toLowerCase()
}

/**
 * The origins whose pages may call the main process: the packaged renderer, plus the
 * electron-vite dev server while developing (never in a packaged build).
 */
export function trustedRendererOrigins(devServerUrl: string | undefined): string[] {
  const origins = [APP_ORIGIN]
  if (devServerUrl) {
    const devOrigin = originOf(devServerUrl)
    if (devOrigin?.startsWith('http://') || devOrigin?.startsWith('https://')) {
      origins.push(devOrigin)
    }
  }
  return origins
}

/**
 * An IPC message is trusted only from the top frame of a page on a trusted origin. Subframes
 * (an iframe, should one ever load despite the CSP) and frames that navigated away are refused.
 */
export function createTrustedSenderCheck(
  trustedOrigins: readonly string[],
): (event: InvokeEventLike) => boolean {
  const allowed = new Set(trustedOrigins.map((origin) => origin.toLowerCase()))
  return (event) => {
    const frame = event.senderFrame
    if (!frame || frame.parent !== null) return false
    const origin = originOf(frame.url)
    return origin !== null && allowed.has(origin)
  }
}
