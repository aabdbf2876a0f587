import { beforeEach, describe, expect, it } from 'vitest'
import { builtinPack, type ContentPack } from '@core/content'
import type { WorkbookDatabase } from '../database'
import { draftFor, fakeClock, freshDatabase } from '../test-support/fixtures'
import { createAudit, deleteAudit } from './audits'
import { auditsUsingPack } from '../queries/packs'
import { installPack, removePack } from './packs'

const acme: ContentPack = {
  ...builtinPack,
  id: 'acme-delivery',
  version: '1.0.0',
  title: 'Acme delivery',
  sections: [{ ...builtinPack.sections[0]!, id: 'release-management', number: 12 }],
}

describe('packs repository', () => {
  let db: WorkbookDatabase
  const clock = fakeClock()

  beforeEach(async () => {
    db = await freshDatabase()
  })

  it('installs a pack, and refuses the same version twice or a clashing section', async () => {
    await installPack(db, acme, clock)
    expect(await db.packs.get(['acme-delivery', '1.0.0'])).toMatchObject({
      installedAt: clock.now(),
    })
    await expect(installPack(db, acme, clock)).rejects.toThrow(/already installed/)
    const clash = { ...acme, id: 'other', sections: [builtinPack.sections[0]!] }
    await expect(installPack(db, clash, clock)).rejects.toThrow(
      /^This content pack cannot be installed\. Its section “Incident Response” has the id "incident-response"/,
    )
    expect(await db.packs.count()).toBe(1)
  })

  it('records that a pack came from a pack file', async () => {
    await installPack(db, acme, clock)
    expect((await db.packs.get(['acme-delivery', '1.0.0']))?.source).toBe('pack-file')
  })

  it.each(['0.0.1', '1.0.0', '9.0.0'])(
    'refuses a pack file under the built-in pack’s id at version %s, and installs nothing',
    async (version) => {
      const impostor = { ...acme, id: builtinPack.id, version }
      await expect(installPack(db, impostor, clock)).rejects.toThrow(
        /^This content pack cannot be installed\. It uses the id "audit-workbook-core" of the built-in pack/,
      )
      expect(await db.packs.count()).toBe(0)
    },
  )

  it('removes a pack no audit uses', async () => {
    await installPack(db, acme, clock)
    await removePack(db, acme.id, acme.version)
    expect(await db.packs.count()).toBe(0)
  })

  it('refuses to remove a pack an audit uses, naming the audits', async () => {
    await installPack(db, acme, clock)
    const packs = [builtinPack, acme]
    const one = await createAudit(db, draftFor(acme), packs, clock)
    await createAudit(db, draftFor(acme, { client: 'Contoso', system: 'Billing' }), packs, clock)
    await createAudit(db, draftFor(builtinPack, { client: 'Fabrikam' }), packs, clock)

    expect((await auditsUsingPack(db, acme.id, acme.version)).map((a) => a.client).sort()).toEqual([
      'Contoso',
      'Northwind Traders',
    ])
    await expect(removePack(db, acme.id, acme.version)).rejects.toThrow(
      '“Acme delivery” 1.0.0 cannot be removed: 2 audits use it: Northwind Traders (Payments platform) and Contoso (Billing). It can be removed once no audit uses it.',
    )
    expect(await db.packs.count()).toBe(1)

    // A deleted audit no longer holds it back.
    const users = await auditsUsingPack(db, acme.id, acme.version)
    for (const audit of users.filter((a) => a.id !== one.id)) await deleteAudit(db, audit.id, clock)
    await expect(removePack(db, acme.id, acme.version)).rejects.toThrow(
      /the audit of Northwind Traders \(Payments platform\) uses it/,
    )
  })
})
