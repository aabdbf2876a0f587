import type { Browser, BrowserContext, Page } from '@playwright/test'
import { builtinPack, type ContentPack } from '../../src/core/content'
import { planFirmDatabases } from '../../src/core/team'
import { expectNoSeriousA11yViolations } from '../fixtures/a11y'
import { expect, test, watchPage } from '../fixtures/app'
import { PacksPage } from '../pages/packs-page'
import { TeamSettingsPage } from '../pages/team-settings-page'
import { WelcomePage } from '../pages/welcome-page'
import { TEAM_SERVER_ENV } from '../support/team-server-setup'

// The firm library (issue 18) through the run's CouchDB-protocol server: one consultant
// publishes a pack version she imported, a colleague in a browser of his own installs it.

interface TeamServer {
  url: string
  admin: { username: string; password: string }
}
const server = (): TeamServer => JSON.parse(process.env[TEAM_SERVER_ENV] ?? 'null') as TeamServer
const PASSWORD = 'correct horse battery'

async function asAdmin(method: string, path: string, body?: unknown): Promise<number> {
  const { url, admin } = server()
  const response = await fetch(`${url}/${path}`, {
    method,
    headers: {
      authorization: `Basic ${Buffer.from(`${admin.username}:${admin.password}`).toString('base64')}`,
      'content-type': 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  await response.body?.cancel()
  return response.status
}

interface Consultant {
  name: string
  context: BrowserContext
  page: Page
  problems: string[]
}

async function consultant(browser: Browser, baseURL: string, prefix: string): Promise<Consultant> {
  const name = `${prefix}-${crypto.randomUUID().slice(0, 6)}`
  const status = await asAdmin('PUT', `_users/org.couchdb.user:${name}`, {
    name,
    password: PASSWORD,
    roles: ['workbook'],
    type: 'user',
  })
  expect(status).toBe(201)
  const context = await browser.newContext({ baseURL })
  const page = await context.newPage()
  const problems = await watchPage(page, baseURL, new Set([new URL(server().url).origin]))
  await new WelcomePage(page).completeAs()
  const team = new TeamSettingsPage(page)
  await team.open()
  await team.signIn(server().url, name, PASSWORD)
  await expect(team.appBarStatus).toHaveAccessibleName(/Team workspace: (Synced|Connecting…)/)
  return { name, context, page, problems }
}

function teamLibrary(page: Page) {
  return page.getByRole('region', { name: 'Team library' })
}

test('a consultant publishes a pack version to the firm library and a colleague installs it', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000)
  const people: Consultant[] = []
  try {
    // The firm's databases, as `npm run team:provision` leaves them (what exists stays).
    for (const step of planFirmDatabases({})) await asAdmin(step.method, step.path, step.body)
    const id = `delivery-${crypto.randomUUID().slice(0, 6)}`
    const pack: ContentPack = {
      ...builtinPack,
      id,
      version: '1.0.0',
      title: `Delivery ${id}`,
      sections: [{ ...builtinPack.sections[0]!, id: `${id}-release`, title: 'Release management' }],
    }
    const name = `${pack.title} 1.0.0`

    const ann = await consultant(browser, baseURL!, 'ann')
    people.push(ann)
    const annPacks = new PacksPage(ann.page)
    await annPacks.open()
    await annPacks.choose({ name: 'delivery.json', buffer: Buffer.from(JSON.stringify(pack)) })
    await expect(annPacks.pack(pack.title)).toBeVisible()

    const annLibrary = teamLibrary(ann.page)
    const unpublished = annLibrary.getByRole('list', { name: 'Not yet in the team library' })
    await unpublished.getByRole('button', { name: `Publish ${name} to the team library` }).click()
    await expect(
      ann.page.getByText(`Published “${pack.title}” 1.0.0 to the team library`),
    ).toBeVisible()
    const annPublished = annLibrary.getByRole('list', { name: 'Published by the firm' })
    await expect(annPublished.getByRole('listitem', { name })).toContainText(
      `Published by ${ann.name}`,
    )
    await expect(annPublished.getByRole('listitem', { name })).toContainText('Installed here')

    const bo = await consultant(browser, baseURL!, 'bo')
    people.push(bo)
    const boPacks = new PacksPage(bo.page)
    await boPacks.open()
    const boLibrary = teamLibrary(bo.page)
    const offered = boLibrary
      .getByRole('list', { name: 'Published by the firm' })
      .getByRole('listitem', { name })
    await expect(offered).toContainText(`Published by ${ann.name}`)
    await expectNoSeriousA11yViolations(bo.page)
    await offered.getByRole('button', { name: `Install ${name} from the team library` }).click()
    await expect(offered).toContainText('Installed here')
    await expect(boPacks.pack(pack.title)).toContainText('From the team library')
    await expect(bo.page.getByRole('link', { name: /Release management/ })).toBeVisible()

    for (const who of people) expect(who.problems, who.name).toEqual([])
  } finally {
    for (const who of people) await who.context.close()
  }
})
