import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { builtinPack } from './builtin'
import { countSection } from './lookup'
import { whyNotInstallable } from './pack-install'
import { parseContentPackJson } from './validate-pack'

const EXAMPLE = resolve(import.meta.dirname, '../../../resources/packs/example-pack.json')

describe('the example pack in resources/packs', () => {
  it('is a valid content pack that installs beside the built-in one', () => {
    const result = parseContentPackJson(readFileSync(EXAMPLE, 'utf8'))
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    const [section] = result.pack.sections
    expect(section).toMatchObject({ number: 12, category: 'Delivery', title: 'Release Management' })
    expect(countSection(section!)).toMatchObject({ outcomes: 3, checks: 2 })
    expect(whyNotInstallable(result.pack, [builtinPack])).toBeUndefined()
  })
})
