import { z } from 'zod'
import { parseServerAddress } from './team-server'

/**
 * Asks a CouchDB server who a name and password are (`GET /_session`), and checks the answer's
 * shape; the renderer judges what it means (`signIn`). Shared because the desktop app asks from
 * main (the page's CSP does not allow a server before it is connected), the browser build from
 * the page itself. Only the status and a checked session come back, never the body: a page
 * cannot use main to read what some other address serves.
 */

export interface SessionQuestion {
  server: string
  username: string
  password: string
}

/** CouchDB's `GET /_session` answer, as far as the app reads it. */
const sessionSchema = z.object({
  ok: z.literal(true),
  userCtx: z.object({
    name: z.string().max(200).nullable(),
    roles: z.array(z.string().max(200)).max(1000),
  }),
})
export type CouchSession = z.infer<typeof sessionSchema>['userCtx']

export type SessionAnswer =
  /** `session`: null when the answer is not CouchDB's session JSON (a web page, an error). */
  { reached: true; status: number; session: CouchSession | null } | { reached: false }

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
  return { reached: true, status: response.status, session: parseSession(text) }
}

function parseSession(text: string): CouchSession | null {
  if (text.length > MAX_BODY_CHARS) return null
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return null
  }
  const parsed = sessionSchema.safeParse(json)
  return parsed.success
    ? { name: parsed.data.userCtx.name, roles: parsed.data.userCtx.roles }
    : null
}
