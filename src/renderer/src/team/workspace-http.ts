import { UserFacingError } from '@shared/errors'
import { basicAuthorization } from '@shared/team-session'
import type { TeamAccount } from './team-status'

/** Requests to the workspace as the signed-in consultant. */
export interface WorkspaceHttp {
  /** One JSON request, its JSON answer read (an answer that is not JSON is refused). */
  send(
    method: 'GET' | 'PUT' | 'POST',
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: unknown }>
  /** Bytes both ways (evidence): a Blob sent as it is read, an answer's body left to the caller. */
  bytes(method: 'GET' | 'PUT', path: string, body?: Blob): Promise<Response>
}

export function workspaceHttp(
  account: TeamAccount,
  password: string,
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
): WorkspaceHttp {
  const authorization = basicAuthorization(account.username, password)
  const unreachable = () =>
    new UserFacingError(
      `Could not reach the workspace at ${account.server}; nothing was changed there. Check your network and try again.`,
    )
  return {
    async bytes(method, path, body) {
      try {
        return await fetchImpl(`${account.server}/${path}`, {
          method,
          headers: {
            authorization,
            ...(body ? { 'content-type': body.type || 'application/octet-stream' } : {}),
          },
          body,
        })
      } catch {
        throw unreachable()
      }
    },
    async send(method, path, body) {
      let response: Response
      try {
        response = await fetchImpl(`${account.server}/${path}`, {
          method,
          headers: {
            authorization,
            accept: 'application/json',
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
        })
      } catch {
        throw unreachable()
      }
      const text = await response.text()
      try {
        return { status: response.status, body: JSON.parse(text) as unknown }
      } catch {
        throw new UserFacingError(
          `${account.server} does not answer like a CouchDB server (HTTP ${response.status}); nothing was changed there.`,
        )
      }
    },
  }
}

/** CouchDB's reason for a refusal, in its own words when it gave some. */
export function reasonOf(body: unknown): string {
  const { reason, error } = (body ?? {}) as { reason?: unknown; error?: unknown }
  return typeof reason === 'string' ? reason : typeof error === 'string' ? error : 'no reason given'
}
