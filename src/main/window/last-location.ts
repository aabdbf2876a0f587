/** The navigation events of `webContents` the tracker listens to. */
export interface NavigatingContents {
  on(event: 'did-navigate', listener: (event: unknown, url: string) => void): unknown
  on(
    event: 'did-navigate-in-page',
    listener: (event: unknown, url: string, isMainFrame: boolean) => void,
  ): unknown
}

export interface LastLocation {
  /** The page and screen the window last showed: the start page until it navigates. */
  url(): string
}

// Not `URL.origin`: for a custom scheme such as app:// (and for file://) it is the string "null",
// which would make every such URL look alike.
const originOf = (url: string): string | undefined => {
  try {
    const { protocol, host } = new URL(url)
    return host === '' ? undefined : `${protocol}//${host}`
  } catch {
    return undefined
  }
}

/**
 * Remembers where the window was, so a reload after a crash opens the screen the user was on.
 * The app routes by the URL's hash, which changes by in-page navigation (`did-navigate-in-page`),
 * not by `did-navigate`. Only URLs of the start page's origin are kept: a reload never goes
 * anywhere the app did not start (the navigation guards refuse other origins anyway).
 */
export function trackLastLocation(contents: NavigatingContents, startUrl: string): LastLocation {
  const origin = originOf(startUrl)
  let last = startUrl
  const record = (url: string): void => {
    if (originOf(url) === origin) last = url
  }
  contents.on('did-navigate', (_event, url) => record(url))
  contents.on('did-navigate-in-page', (_event, url, isMainFrame) => {
    if (isMainFrame) record(url)
  })
  return { url: () => last }
}
