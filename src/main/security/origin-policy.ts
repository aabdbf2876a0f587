import { contentSecurityPolicy } from '@shared/csp'
import { parseServerAddress } from '@shared/team-server'
import { originOf } from '../ipc/trusted-sender'

// Only what the app needs, and only for its own origin: storage that Chromium will not evict
// under disk pressure (PRODUCT.md §13 asks for navigator.storage.persist()), and the clipboard,
// for "Paste screenshot" and copying an evidence hash (PRODUCT.md §4, §5) — the page is the app's
// own code under its CSP, with no remote content. Everything else is refused: no camera,
// microphone, location, notifications, USB, HID or serial.
const GRANTABLE_PERMISSIONS: ReadonlySet<string> = new Set([
  'persistent-storage',
  'clipboard-read',
  'clipboard-sanitized-write',
])

// Chromium-internal schemes the app's own pages and DevTools use; none reaches the network.
const LOCAL_SCHEMES: ReadonlySet<string> = new Set(['data:', 'blob:', 'devtools:'])

/** Web-socket URLs compare as their http twin: Vite's hot reload talks to the dev server by ws. */
function httpOrigin(url: string): string | null {
  const origin = originOf(url)
  return origin?.replace(/^ws(s?):\/\//, 'http$1://') ?? null
}

export interface OriginPolicy {
  /** May the top frame navigate to (or be redirected to) this URL? */
  isAppUrl(url: string): boolean
  /**
   * May the renderer's session load this URL at all? Solo use is offline: only the app itself;
   * with a team workspace connected, its server's origin too (issue 18).
   */
  isAllowedRequest(url: string): boolean
  isPermissionGranted(permission: string, requestingUrl: string): boolean
}

/**
 * The team server's origin when it may be reached: an exact https origin, or http on loopback
 * (the same rule as the sign-in form's, checked again in case the stored value was altered).
 */
export function allowedTeamOrigin(origin: string | null): string | null {
  if (origin === null) return null
  const address = parseServerAddress(origin)
  return address.ok && address.origin === origin ? origin : null
}

/**
 * The CSP of the app's pages: solo use's, or with the connected team server in `connect-src`.
 * A page keeps the policy it was loaded with, so connecting reloads the window.
 */
export function appContentSecurityPolicy(teamOrigin: string | null): string {
  const allowed = allowedTeamOrigin(teamOrigin)
  return contentSecurityPolicy(allowed ? [allowed] : [])
}

/**
 * The one place that says which origins are the app (see `trustedRendererOrigins`), and which
 * server the page may talk to: `teamOrigin` is asked at each request, so connecting and
 * disconnecting take effect at once.
 */
export function createOriginPolicy(
  trustedOrigins: readonly string[],
  teamOrigin: () => string | null = () => null,
): OriginPolicy {
  const trusted = new Set(trustedOrigins.map((origin) => origin.toLowerCase()))
  const isAppUrl = (url: string): boolean => {
    const origin = originOf(url)
    return origin !== null && trusted.has(origin)
  }
  return {
    isAppUrl,
    isAllowedRequest(url) {
      const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(url)?.[0].toLowerCase()
      if (scheme && LOCAL_SCHEMES.has(scheme)) return true
      const origin = httpOrigin(url)
      if (origin !== null && trusted.has(origin)) return true
      // The team server's origin is http(s) only: no web socket, nothing else on that host.
      if (scheme !== 'https:' && scheme !== 'http:') return false
      const team = allowedTeamOrigin(teamOrigin())
      return team !== null && originOf(url) === team
    },
    isPermissionGranted(permission, requestingUrl) {
      return GRANTABLE_PERMISSIONS.has(permission) && isAppUrl(requestingUrl)
    },
  }
}
