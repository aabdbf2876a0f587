import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { buildMenuTemplate } from './menu'

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ])
}

const labels = (items: MenuItemConstructorOptions[]) => items.map((item) => item.label ?? item.role)

describe('buildMenuTemplate', () => {
  it.each(['darwin', 'win32', 'linux'] as const)('has the editing roles on %s', (platform) => {
    const menu = buildMenuTemplate({ platform, appName: 'Audit Workbook', isPackaged: true })
    expect(roles(menu)).toEqual(
      expect.arrayContaining([
        'undo',
        'redo',
        'cut',
        'copy',
        'paste',
        'selectAll',
        'quit',
        'close',
        'zoomIn',
        'zoomOut',
        'resetZoom',
        'togglefullscreen',
        'windowMenu',
        'help',
      ]),
    )
  })

  it('puts the app menu first on macOS only', () => {
    const mac = buildMenuTemplate({
      platform: 'darwin',
      appName: 'Audit Workbook',
      isPackaged: true,
    })
    const win = buildMenuTemplate({
      platform: 'win32',
      appName: 'Audit Workbook',
      isPackaged: true,
    })
    expect(labels(mac)).toEqual(['Audit Workbook', 'File', 'Edit', 'View', 'windowMenu', 'help'])
    expect(labels(win)).toEqual(['File', 'Edit', 'View', 'windowMenu', 'help'])
    expect(roles(mac)).toEqual(expect.arrayContaining(['about', 'hide', 'services']))
  })

  it('offers reload and DevTools only in development', () => {
    const packaged = buildMenuTemplate({ platform: 'linux', appName: 'A', isPackaged: true })
    const dev = buildMenuTemplate({ platform: 'linux', appName: 'A', isPackaged: false })
    expect(roles(packaged)).not.toContain('toggleDevTools')
    expect(roles(packaged)).not.toContain('reload')
    expect(roles(dev)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']))
  })
})
