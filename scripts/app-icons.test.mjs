// @ts-check
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const builderConfig = readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')

/** @param {string} platform the icon electron-builder.yml gives a platform's section */
function iconOf(platform) {
  const section = new RegExp(`^${platform}:\\n(?:[ ].*\\n)*?[ ]+icon: (\\S+)`, 'm').exec(
    builderConfig,
  )
  if (!section?.[1]) throw new Error(`electron-builder.yml gives ${platform} no icon`)
  return readFileSync(path.join(root, section[1]))
}

// electron-builder would otherwise package Electron's default icon, or refuse a too small one.
describe('app icons for the installers', () => {
  it('Linux: a 1024 × 1024 PNG', () => {
    const png = iconOf('linux')
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024])
  })

  it('Windows: an ICO holding a 256 px image', () => {
    const ico = iconOf('win')
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1])
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + i * 16] || 256)
    expect(sizes).toContain(256)
  })

  it('macOS: an ICNS holding a 1024 px image', () => {
    const icns = iconOf('mac')
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns')
    expect(icns.includes(Buffer.from('ic10'))).toBe(true)
  })
})
