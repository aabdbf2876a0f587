/**
 * The renderer's Content-Security-Policy, sent as a response header by the desktop app's
 * `app://` protocol handler and by the web preview server, so the browser build is tested under
 * the very policy the desktop app enforces. No remote origin appears anywhere: the app is offline.
 * Nothing is evaluated (no `unsafe-eval`, no `wasm-unsafe-eval`: pdf.js runs without either) and
 * nothing is framed (PDFs are drawn by the app itself, not by a browser viewer in a frame).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self' blob:",
  "media-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/** The fixed origin of the packaged renderer (PRODUCT.md §13): never change it. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'workbook'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
