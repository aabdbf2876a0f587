import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { builtinPack, type ContentPack } from '@core/content'
import type { LibraryVersion } from '@core/team'
import type { InstalledPackRow } from '../../db/database'
import { TeamLibrary } from './TeamLibrary'
import { TeamLibraryView, type TeamLibraryState } from './TeamLibraryView'

const pack = (id: string, version: string, title: string): ContentPack => ({
  ...builtinPack,
  id,
  version,
  title,
  sections: [{ ...builtinPack.sections[0]!, id: `${id}-s` }],
})
const delivery = pack('delivery', '1.0.0', 'Delivery')
const security = pack('security', '2.1.0', 'Security')
const mine = pack('mine', '0.1.0', 'My checks')

const row = (p: ContentPack): InstalledPackRow => ({
  id: p.id,
  version: p.version,
  installedAt: 1,
  pack: p,
  source: 'editor',
})
const published = (p: ContentPack, by: string): LibraryVersion => ({
  pack: p,
  by,
  publishedAt: Date.UTC(2026, 11, 2, 10, 30),
})

function render(library: TeamLibraryState, installed: InstalledPackRow[], busy?: string): string {
  return renderToStaticMarkup(
    <TeamLibraryView
      library={library}
      installed={installed}
      busy={busy}
      onPublish={() => undefined}
      onInstall={() => undefined}
      onRefresh={() => undefined}
    />,
  )
}

/** The items of the list named by the heading with this id, as the markup has them. */
function itemsOf(html: string, listId: string): string[] {
  const list = new RegExp(`<ul[^>]*aria-labelledby="${listId}"[^>]*>(.*?)</ul>`).exec(html)?.[1]
  return [...(list ?? '').matchAll(/<li[^>]*aria-label="([^"]*)"/g)].map((m) => m[1]!)
}

describe('the team library in the Library screen', () => {
  const read: TeamLibraryState = {
    state: 'read',
    versions: [published(delivery, 'ann'), published(security, 'bo')],
    problems: [],
  }

  it('lists the firm’s versions with who published them, offering Install for those not here', () => {
    const html = render(read, [row(delivery), row(mine)])
    expect(html).toContain('aria-labelledby="team-library-title"')
    expect(html).toContain(
      '<p role="status" class="team-library__status">2 pack versions published by the firm.</p>',
    )
    expect(itemsOf(html, 'team-library-published')).toEqual(['Delivery 1.0.0', 'Security 2.1.0'])
    expect(html).toContain('Published by ann on ')
    expect(html).toContain('Published by bo on ')
    // Delivery is installed here: it says so; Security can be installed.
    expect(html).toContain('<span class="tag pack-list__builtin">Installed here</span>')
    expect(html).not.toContain('aria-label="Install Delivery 1.0.0 from the team library"')
    expect(html).toContain('aria-label="Install Security 2.1.0 from the team library"')
  })

  it('offers to publish each installed version the library does not hold, and only those', () => {
    const html = render(read, [row(delivery), row(mine)])
    expect(itemsOf(html, 'team-library-unpublished')).toEqual(['My checks 0.1.0'])
    expect(html).toContain('aria-label="Publish My checks 0.1.0 to the team library"')
    expect(html).not.toContain('aria-label="Publish Delivery 1.0.0 to the team library"')
  })

  it('says a button is at work while its version is published or installed', () => {
    const publishing = render(read, [row(mine)], 'mine@0.1.0')
    expect(publishing).toMatch(/<button[^>]*disabled=""[^>]*>Publishing…<\/button>/)
    const installing = render(read, [], 'security@2.1.0')
    expect(installing).toMatch(/<button[^>]*disabled=""[^>]*>Installing…<\/button>/)
  })

  it('offers nothing to publish before the library is read, and says it is reading', () => {
    const html = render({ state: 'reading' }, [row(mine)])
    expect(html).toContain('Reading the team library…')
    expect(html).not.toContain('Publish My checks')
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*>Refresh team library<\/button>/)
  })

  it('tells a failed read in words', () => {
    const message =
      'Could not read the team library: the workspace no longer accepts your password. Sign in again in Settings → Team.'
    const html = render({ state: 'failed', message }, [row(mine)])
    expect(html).toContain(`<p role="status" class="team-library__status">${message}</p>`)
    expect(html).not.toContain('Publish My checks')
  })

  it('says the library is empty, and names the entries it could not read', () => {
    const html = render(
      {
        state: 'read',
        versions: [],
        problems: [{ what: 'section:x:y:1.0.0', message: 'is not a section of a content pack.' }],
      },
      [],
    )
    expect(html).toContain('The firm has not published any content pack yet.')
    expect(html).toContain('<div role="alert" class="team-library__problems">')
    expect(html).toContain('1 entry of the team library could not be read and is not shown.')
    expect(html).toContain('<code>section:x:y:1.0.0</code> is not a section of a content pack.')
  })

  it('shows nothing while no team workspace is connected', () => {
    expect(renderToStaticMarkup(<TeamLibrary />)).toBe('')
  })
})
