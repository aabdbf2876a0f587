import { parseServerAddress } from './team-server'

/**
 * Asks a CouchDB server who a name and password are (`GET /_session`), and hands back its answer
 * unread: the renderer judges it (`signIn`). Shared because the desktop app asks from main, whose
 * requests the page's CSP does not cover, while the browser build asks from the page itself.
 */

export interface SessionQuestion {
  server: string
  username: string
  password: string
}

export type SessionAnswer =
  { reached: true; status: number; contentType: string; body: string } | { reached: false }

/** The `fetch` the question goes through: injectable, so tests need no server. */
export type SessionFetch = (url: string, init: RequestInit) => Promise<Response>

/** Far above any `/_session` answer; a server that sends more is not CouchDB. */
const MAX_BODY_CHARS = 64 * 1024
/** A server that has not answered by then is treated as unreachable. */
const TIMEOUT_MS = 15_000

/** The `Authorization` value for HTTP Basic, UTF-8 safe (btoa alone takes only Latin-1). */
export function basicAuthorization(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`)
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return `Basic ${btoa(binary)}`
}

export async function askSession(
  fetchImpl: SessionFetch,
  { server, username, password }: SessionQuestion,
): Promise<SessionAnswer> {
  const address = parseServerAddress(server)
  // Checked again here: main runs this for the page, and must not be steered elsewhere.
  if (!address.ok) return { reached: false }
  let response: Response
  try {
    response = await fetchImpl(`${address.server}/_session`, {
      method: 'GET',
      headers: {
        Authorization: basicAuthorization(username, password),
        Accept: 'application/json',
      },
      // A sign-in never follows a redirect: it could carry the password to another origin.
      redirect: 'error',
      credentials: 'omit',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
  } catch {
    return { reached: false }
  }
  const text = await response.text().catch(() => '')
  return {
    reached: true,
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    body: text.slice(0, MAX_BODY_CHARS),
  }
}
