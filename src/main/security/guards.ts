import type { Shell } from 'electron'
import { openExternalIfAllowed } from './open-external'
import type { OriginPolicy } from './origin-policy'

interface PreventableEvent {
  preventDefault(): void
}

/** The `webContents` events and methods the guards use (a subset of Electron's). */
export interface GuardedContents {
  on(event: 'will-navigate', listener: (event: PreventableEvent, url: string) => void): unknown
  on(event: 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void
}

/** The session methods the guards use (a subset of Electron's `Session`). */
export interface GuardedSession {
  setPermissionRequestHandler(
    handler: (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: { requestingUrl: string },
    ) => void,
  ): void
  setPermissionCheckHandler(
    handler: (contents: unknown, permission: string, requestingOrigin: string) => boolean,
  ): void
  webRequest: {
    onBeforeRequest(
      listener: (
        details: { url: string },
        callback: (response: { cancel: boolean }) => void,
      ) => void,
    ): void
  }
}

export interface GuardOptions {
  policy: OriginPolicy
  shell: Pick<Shell, 'openExternal'>
  onBlocked?(what: string, url: string): void
}

/**
 * Keeps a page on the app: no navigation or redirect away from its origin, no new windows
 * (an allowed https link goes to the user's browser instead), no <webview>.
 */
export function guardWebContents(contents: GuardedContents, options: GuardOptions): void {
  const { policy, onBlocked } = options
  const keepOnApp = (event: PreventableEvent, url: string): void => {
    if (policy.isAppUrl(url)) return
    event.preventDefault()
    onBlocked?.('navigation', url)
  }
  contents.on('will-navigate', keepOnApp)
  contents.on('will-redirect', keepOnApp)
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
    onBlocked?.('webview', '')
  })
  contents.setWindowOpenHandler(({ url }) => {
    // Always deny the window; an allowed https link opens in the user's browser instead.
    openExternalIfAllowed(options.shell, url).then(
      (opened) => opened || onBlocked?.('new window', url),
      () => onBlocked?.('external link', url),
    )
    return { action: 'deny' }
  })
}

/**
 * Session-wide rules for the renderer: permissions refused except the ones the policy grants
 * to the app's own pages, and every request that is not to the app itself cancelled.
 */
export function hardenSession(session: GuardedSession, options: GuardOptions): void {
  const { policy, onBlocked } = options
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const granted = policy.isPermissionGranted(permission, details.requestingUrl)
    if (!granted) onBlocked?.(`permission ${permission}`, details.requestingUrl)
    callback(granted)
  })
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    policy.isPermissionGranted(permission, requestingOrigin),
  )
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = policy.isAllowedRequest(details.url)
    if (!allowed) onBlocked?.('request', details.url)
    callback({ cancel: !allowed })
  })
}
