import { parseServerAddress } from '@shared/team-server'
import type { SessionAnswer, SessionQuestion } from '@shared/team-session'
import { getBridge } from '../platform/bridge'
import type { TeamAccount } from './team-status'

/**
 * Signing in to the team workspace (issue 18): the trust boundary between what the user typed,
 * what a server answered, and the account the app then syncs as. Nothing is stored here.
 */

export interface SignInInput {
  server: string
  username: string
  password: string
}

/** Why a sign-in failed, for callers that act on it (a refused stored password asks again). */
export type SignInFailure = 'address' | 'input' | 'unreachable' | 'refused' | 'not-couchdb'

export type SignInResult =
  { ok: true; account: TeamAccount } | { ok: false; reason: SignInFailure; error: string }

/** Asks the server who the credentials are; the bridge's by default (main, in the desktop app). */
export type AskSession = (question: SessionQuestion) => Promise<SessionAnswer>

const askThroughBridge: AskSession = (question) => getBridge().team.askSession(question)

export async function signIn(
  input: SignInInput,
  ask: AskSession = askThroughBridge,
): Promise<SignInResult> {
  const address = parseServerAddress(input.server)
  if (!address.ok) return { ok: false, reason: 'address', error: address.error }
  const { server } = address
  const username = input.username.trim()
  if (username === '' || username.length > 200 || username.includes(':')) {
    return {
      ok: false,
      reason: 'input',
      error: 'Enter your user name on the team server (without “:”).',
    }
  }
  if (input.password === '') {
    return { ok: false, reason: 'input', error: 'Enter your password.' }
  }

  const answer = await ask({ server, username, password: input.password })
  if (!answer.reached) {
    return {
      ok: false,
      reason: 'unreachable',
      error: `Could not reach ${server}; check the address and your network.`,
    }
  }
  if (answer.status === 401 || answer.status === 403) {
    return {
      ok: false,
      reason: 'refused',
      error: `${server} refused the name or password: check them and try again.`,
    }
  }
  const session = answer.status === 200 ? answer.session : null
  if (!session) {
    return {
      ok: false,
      reason: 'not-couchdb',
      error: `${server} does not answer like a CouchDB server: check the address (it is the server’s, not a web page’s).`,
    }
  }
  if (session.name === null) {
    // A server that lets anyone in answers 200 without a name: the password was not checked.
    return {
      ok: false,
      reason: 'refused',
      error: `${server} did not sign you in as ${username}: check the name and password.`,
    }
  }
  return { ok: true, account: { server, username: session.name, roles: session.roles } }
}
