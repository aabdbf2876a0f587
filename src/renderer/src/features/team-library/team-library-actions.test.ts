import { describe, expect, it } from 'vitest'
import { builtinPack, type ContentPack } from '@core/content'
import { UserFacingError } from '@shared/errors'
import { importedPackRows } from '../../db/queries/packs'
import { installPack } from '../../db/repositories/packs'
import { fakeClock, freshDatabase } from '../../db/test-support/fixtures'
import { installLibraryVersion, publishPackVersion } from './team-library-actions'

const clock = fakeClock()
const delivery: ContentPack = {
  ...builtinPack,
  id: 'delivery',
  version: '1.0.0',
  title: 'Delivery',
  sections: [{ ...builtinPack.sections[0]!, id: 'release-management' }],
}

describe('the team library’s actions', () => {
  it('publishes through the workspace and says who can now install it', async () => {
    const sent: ContentPack[] = []
    const message = await publishPackVersion(async (pack) => {
      sent.push(pack)
    }, delivery)
    expect(sent).toEqual([delivery])
    expect(message).toBe(
      'Published “Delivery” 1.0.0 to the team library: every member of the firm can now install it.',
    )
  })

  it('passes the workspace’s refusal on in its words', async () => {
    const refusal = new UserFacingError('“Delivery” 1.0.0 is already in the team library.')
    await expect(publishPackVersion(() => Promise.reject(refusal), delivery)).rejects.toThrow(
      '“Delivery” 1.0.0 is already in the team library.',
    )
  })

  it('installs a published version here, noting it came from the team library', async () => {
    const db = await freshDatabase()
    const message = await installLibraryVersion(
      db,
      { pack: delivery, by: 'ann', publishedAt: 1 },
      clock,
    )
    expect(message).toBe(
      'Installed “Delivery” 1.0.0 from the team library, with 1 section. New audits can now include it.',
    )
    expect(await importedPackRows(db)).toMatchObject([
      { id: 'delivery', version: '1.0.0', source: 'team-library' },
    ])
  })

  it('refuses to install a version older than one installed here, changing nothing', async () => {
    const db = await freshDatabase()
    await installPack(db, { ...delivery, version: '2.0.0' }, clock)
    await expect(
      installLibraryVersion(db, { pack: delivery, by: 'ann', publishedAt: 1 }, clock),
    ).rejects.toThrow('A newer version of “Delivery” (2.0.0) is already installed')
    expect((await importedPackRows(db)).map((row) => row.version)).toEqual(['2.0.0'])
  })
})
