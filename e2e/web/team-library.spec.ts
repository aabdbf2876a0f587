import type { Page } from '@playwright/test'
import { builtinPack, type ContentPack } from '../../src/core/content'
import { expectNoSeriousA11yViolations } from '../fixtures/a11y'
import { expect, test } from '../fixtures/app'
import { consultant, provisionFirm, type Consultant } from '../fixtures/team-workspace'
import { PacksPage } from '../pages/packs-page'

// The firm library (issue 18) through the run's CouchDB-protocol server: one consultant
// publishes a pack version she imported, a colleague in a browser of his own installs it.

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
    await provisionFirm()
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
