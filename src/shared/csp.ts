/**
 * The renderer's Content-Security-Policy, sent as a response header by the desktop app's
 * `app://` protocol handler and by the web preview server, so the browser build is tested under
 * the very policy the desktop app enforces. No remote origin appears unless a team workspace is
 * connected (issue 18), and then only its server's, only in `connect-src`: solo use is offline.
 * Nothing is evaluated (no `unsafe-eval`, no `wasm-unsafe-eval`: pdf.js runs without either) and
 * nothing is framed (PDFs are drawn by the app itself, not by a browser viewer in a frame).
 */
export function contentSecurityPolicy(connectTo: readonly string[] = []): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "worker-src 'self' blob:",
    "style-src 'self'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    ["connect-src 'self' blob:", ...connectTo].join(' '),
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/** The policy of solo use: the app talks to nothing but itself. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy()

/**
 * The web preview's policy (Playwright's web project only): the end-to-end tests run their team
 * server on 127.0.0.1 at a port chosen at run time, so any port of that one loopback address may
 * be reached; no other host, and nothing of it but `connect-src`. The desktop app never uses it.
 */
export const WEB_PREVIEW_CONTENT_SECURITY_POLICY = contentSecurityPolicy(['http://127.0.0.1:*'])

/** The fixed origin of the packaged renderer (PRODUCT.md §13): never change it. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'workbook'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
