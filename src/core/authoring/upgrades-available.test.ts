import { describe, expect, it } from 'vitest'
import type { AuditContent, ScopedSection } from '../audit/model'
import { builtinPack } from '../content/builtin'
import type { ContentPack } from '../content/schema'
import { upgradesAvailable } from './upgrades-available'

const section = builtinPack.sections[0]!
const packAt = (id: string, version: string): ContentPack => ({
  ...builtinPack,
  id,
  version,
  title: `Pack ${id} ${version}`,
  sections: [{ ...section, id: `${id}-section` }],
})
const scoped = (pack: ContentPack): ScopedSection => ({
  packId: pack.id,
  packVersion: pack.version,
  achievementThreshold: pack.achievementThreshold,
  section: pack.sections[0]!,
})
const contentOf = (...packs: ContentPack[]): AuditContent => ({
  auditId: 'a1',
  sections: packs.map(scoped),
})

describe('upgradesAvailable', () => {
  it('offers the newest installed version of each pack the audit is behind on', () => {
    const content = contentOf(packAt('ops', '1.0.0'), packAt('sec', '2.0.0'))
    const offered = upgradesAvailable(content, [
      packAt('ops', '1.0.0'),
      packAt('ops', '3.0.0'),
      packAt('ops', '2.0.0'),
      packAt('sec', '2.0.0'),
      packAt('other', '9.0.0'),
    ])
    expect(offered.map((p) => [p.id, p.version])).toEqual([['ops', '3.0.0']])
  })

  it('offers nothing when the audit is on the newest version, or on one newer than installed', () => {
    expect(upgradesAvailable(contentOf(packAt('ops', '2.0.0')), [packAt('ops', '2.0.0')])).toEqual(
      [],
    )
    expect(upgradesAvailable(contentOf(packAt('ops', '2.0.0')), [packAt('ops', '1.3.2')])).toEqual(
      [],
    )
  })

  it('offers a pack once even when several of the audit’s sections come from it', () => {
    const v1 = packAt('ops', '1.0.0')
    const content: AuditContent = {
      auditId: 'a1',
      sections: [scoped(v1), { ...scoped(v1), section: { ...section, id: 'second' } }],
    }
    expect(upgradesAvailable(content, [packAt('ops', '1.1.0')]).map((p) => p.version)).toEqual([
      '1.1.0',
    ])
  })
})
