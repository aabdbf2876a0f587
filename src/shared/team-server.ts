/**
 * The team workspace's server address (issue 18), checked the same way in the renderer (before
 * signing in) and in main (before storing credentials or allowing the origin): a password never
 * travels in clear over a network, so plain http is accepted only for this machine itself.
 */

/** Hosts that never leave this machine: http to them is not readable by anyone on the network. */
const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['127.0.0.1', 'localhost', '[::1]'])

export type ServerAddress =
  /** `server`: the address without a trailing slash, e.g. `https://couch.example.com/db-root`. */
  { ok: true; server: string; origin: string } | { ok: false; error: string }

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname.toLowerCase())
}

/** Normalises what the user typed and says, in their words, why an address is refused. */
export function parseServerAddress(typed: string): ServerAddress {
  const trimmed = typed.trim().replace(/\/+$/, '')
  if (trimmed === '') return { ok: false, error: 'Enter the address of the team server.' }
  let url: URL
  try {
    url = new URL(trimmed)
  } catch {
    return {
      ok: false,
      error: `“${trimmed}” is not a web address. Enter it in full, like https://couch.example.com.`,
    }
  }
  if (url.username !== '' || url.password !== '') {
    return {
      ok: false,
      error:
        'Leave the name and password out of the address: enter them in their own fields below.',
    }
  }
  if (url.search !== '' || url.hash !== '') {
    return { ok: false, error: 'Enter the server’s address without “?” or “#” parts.' }
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return {
      ok: false,
      error: `The address must start with https:// so that your password is never sent in clear over the network (plain http:// is accepted only for this computer, 127.0.0.1 or localhost).`,
    }
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, error: 'The address must start with https://.' }
  }
  const server = `${url.origin}${url.pathname.replace(/\/+$/, '')}`
  return { ok: true, server, origin: url.origin }
}
