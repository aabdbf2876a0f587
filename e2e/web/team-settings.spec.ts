import { createServer as createHttpServer, type Server } from 'node:http'
import { createServer } from 'node:net'
import { expect, test } from '../fixtures/app'
import { expectNoSeriousA11yViolations } from '../fixtures/a11y'
import { TeamSettingsPage } from '../pages/team-settings-page'
import { WelcomePage } from '../pages/welcome-page'

// Settings → Team without a team server (issue 18): what a wrong address says, and that solo use
// never reaches the network. The sign-in against a live server is tested with the sync suite.

/** A loopback port nothing listens on: taken from the system, then let go. */
async function closedLoopbackPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  if (address === null || typeof address === 'string') throw new Error('no port')
  return address.port
}

/**
 * A loopback web server that answers every request with a web page, as a wrong address (a
 * company's intranet, a hotel's sign-in page) would; it lets the page's origin in (CORS), as a
 * team server must.
 */
async function startWebPageServer(): Promise<{ origin: string; server: Server }> {
  const server = createHttpServer((request, response) => {
    response.setHeader('Access-Control-Allow-Origin', request.headers.origin ?? '*')
    response.setHeader('Access-Control-Allow-Headers', 'authorization, accept')
    if (request.method === 'OPTIONS') return void response.writeHead(204).end()
    response.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><h1>Intranet</h1>')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('no port')
  return { origin: `http://127.0.0.1:${address.port}`, server }
}

test.beforeEach(async ({ page }) => {
  await new WelcomePage(page).completeAs()
})

test('an address where no server answers says it could not be reached, and stores nothing', async ({
  page,
  allowedOrigins,
}) => {
  const server = `http://127.0.0.1:${await closedLoopbackPort()}`
  allowedOrigins.add(server)
  const team = new TeamSettingsPage(page)
  await team.open()
  await expect(team.heading).toBeFocused()

  await team.signIn(`${server}/`)

  await expect(team.alert).toHaveText(
    `Could not reach ${server}; check the address and your network.`,
  )
  await expect(team.connect).toBeEnabled()
  await expect(team.appBarStatus).toHaveCount(0)
  await expectNoSeriousA11yViolations(page)
  await page.reload()
  await expect(team.server).toHaveValue('')
  await expect(team.appBarStatus).toHaveCount(0)
})

test('a server that answers with a web page is told apart from a wrong password', async ({
  page,
  allowedOrigins,
}) => {
  const { origin, server } = await startWebPageServer()
  allowedOrigins.add(origin)
  try {
    const team = new TeamSettingsPage(page)
    await team.open()
    await team.signIn(origin)
    await expect(team.alert).toHaveText(
      `${origin} does not answer like a CouchDB server: check the address (it is the server’s, not a web page’s).`,
    )
  } finally {
    server.close()
  }
})

test('plain http to another computer is refused before any request, asking for https', async ({
  page,
}) => {
  const toServer: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('couch.example.com')) toServer.push(request.url())
  })
  const team = new TeamSettingsPage(page)
  await team.open()

  await team.signIn('http://couch.example.com')

  await expect(team.alert).toContainText('The address must start with https://')
  await expect(team.alert).toContainText('never sent in clear')
  expect(toServer).toEqual([])
})

test('without a workspace the app reaches no other origin and shows no team status', async ({
  page,
  baseURL,
}) => {
  const foreign: string[] = []
  const origin = new URL(baseURL!).origin
  page.on('request', (request) => {
    const url = request.url()
    if (!/^(blob|data):/.test(url) && new URL(url).origin !== origin) foreign.push(url)
  })
  const team = new TeamSettingsPage(page)
  for (const where of ['/#/audits', '/#/library', '/#/settings/team']) {
    await page.goto(where)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  }
  await page.reload()
  await expect(team.heading).toBeVisible()
  await expect(team.appBarStatus).toHaveCount(0)
  expect(foreign).toEqual([])
})
