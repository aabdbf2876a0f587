import { UserFacingError } from '@shared/errors'
import type { TeamAccount } from './team-status'

/** One JSON request to the workspace as the signed-in consultant. */
export interface WorkspaceHttp {
  send(
    method: 'GET' | 'PUT',
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: unknown }>
}

export function workspaceHttp(
  account: TeamAccount,
  password: string,
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
): WorkspaceHttp {
  const authorization = `Basic ${btoa(unescape(encodeURIComponent(`${account.username}:${password}`)))}`
  return {
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
        throw new UserFacingError(
          `Could not reach the workspace at ${account.server}; nothing was changed there. Check your network and try again.`,
        )
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
