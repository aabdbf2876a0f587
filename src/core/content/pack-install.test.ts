import { describe, expect, it } from 'vitest'
import { builtinPack } from './builtin'
import { compareVersions, newestVersionOf, newestVersions, whyNotInstallable } from './pack-install'
import type { ContentPack } from './schema'

const section = builtinPack.sections[0]!
const acme = (version: string, sectionId = 'release-management'): ContentPack => ({
  ...builtinPack,
  id: 'acme',
  title: 'Acme delivery',
  version,
  sections: [{ ...section, id: sectionId }],
})

describe('installing a pack', () => {
  it('compares versions by number, not as text', () => {
    expect(compareVersions('1.10.0', '1.9.3')).toBeGreaterThan(0)
    expect(compareVersions('2.0.0', '2.0.0')).toBe(0)
    expect(compareVersions('0.9.9', '1.0.0')).toBeLessThan(0)
  })

  it('accepts a pack whose sections no other pack has', () => {
    expect(whyNotInstallable(acme('1.0.0'), [builtinPack])).toBeUndefined()
  })

  it('refuses a section id another pack already has, naming both', () => {
    expect(whyNotInstallable(acme('1.0.0', section.id), [builtinPack])).toBe(
      `Its section “Incident Response” has the id "incident-response", which the installed pack “Audit Workbook core library” (audit-workbook-core) already uses. Section ids must be unique across packs: give the section another id in the file.`,
    )
  })

  it('installs a newer version beside the older, and refuses the same or an older one', () => {
    const installed = [builtinPack, acme('1.1.0')]
    expect(whyNotInstallable(acme('1.2.0'), installed)).toBeUndefined()
    expect(whyNotInstallable(acme('1.1.0'), installed)).toBe(
      '“Acme delivery” 1.1.0 is already installed.',
    )
    expect(whyNotInstallable(acme('1.0.9'), installed)).toMatch(
      /^A newer version of “Acme delivery” \(1\.1\.0\) is already installed/,
    )
  })

  it.each(['0.0.1', '1.0.0', '2.0.0'])(
    'refuses a pack under the built-in pack’s id, at version %s',
    (version) => {
      const impostor = { ...acme(version, 'release-management'), id: builtinPack.id }
      expect(whyNotInstallable(impostor, [builtinPack])).toMatch(
        /^It uses the id "audit-workbook-core" of the built-in pack, whose content comes only with Audit Workbook itself/,
      )
    },
  )

  it('offers only the newest version of each pack for new audits', () => {
    const packs = newestVersions([builtinPack, acme('1.1.0'), acme('1.10.0'), acme('1.2.0')])
    expect(packs.map((p) => `${p.id}@${p.version}`)).toEqual([
      `${builtinPack.id}@${builtinPack.version}`,
      'acme@1.10.0',
    ])
  })

  it('finds the newest installed version of one pack, by version order, or none', () => {
    const installed = [builtinPack, acme('1.1.0'), acme('1.10.0'), acme('1.2.0')]
    expect(newestVersionOf(installed, 'acme')?.version).toBe('1.10.0')
    expect(newestVersionOf(installed, 'other')).toBeUndefined()
  })
})
