import type { TestProject } from 'vitest/node'
import { startTeamServer } from '../../../../scripts/team-test-server'

/**
 * Vitest global setup of the renderer project: one team server for the whole run (see
 * scripts/team-test-server.ts), handed to the tests through `provide`, stopped at teardown.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startTeamServer()
  project.provide('teamServer', { url: server.url, admin: server.admin })
  return () => server.stop()
}
