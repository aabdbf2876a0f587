import { startTeamServer } from '../../scripts/team-test-server'

/** Where the run's team server is, for the specs: JSON of `{ url, admin: { username, password } }`. */
export const TEAM_SERVER_ENV = 'AW_TEAM_SERVER'

/**
 * Playwright global setup: one team server (issue 18) for the run, its address handed to the
 * workers through the environment (they inherit what global setup sets); the returned function
 * is the teardown. See scripts/team-test-server.ts.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const server = await startTeamServer()
  process.env[TEAM_SERVER_ENV] = JSON.stringify({ url: server.url, admin: server.admin })
  return () => server.stop()
}
