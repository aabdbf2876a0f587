import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveUserDataPath } from './app-identity'

const appDataPath = '/home/ana/.config'

describe('resolveUserDataPath', () => {
  it.each([
    ['packaged, no override', {}, true, '/home/ana/.config/Audit Workbook'],
    [
      'packaged ignores the override',
      { AUDIT_WORKBOOK_USER_DATA: '/tmp/p' },
      true,
      '/home/ana/.config/Audit Workbook',
    ],
    [
      'packaged under test honours it',
      { AUDIT_WORKBOOK_USER_DATA: '/tmp/p', NODE_ENV: 'test' },
      true,
      '/tmp/p',
    ],
    ['development honours it', { AUDIT_WORKBOOK_USER_DATA: '/tmp/p/' }, false, '/tmp/p/'],
    ['development, no override', {}, false, '/home/ana/.config/Audit Workbook'],
    [
      'an empty override is no override',
      { AUDIT_WORKBOOK_USER_DATA: '' },
      false,
      '/home/ana/.config/Audit Workbook',
    ],
  ])('%s', (_name, env, isPackaged, expected) => {
    expect(resolveUserDataPath({ appDataPath, env, isPackaged, pathApi: path.posix })).toBe(
      expected,
    )
  })

  it('refuses a relative override', () => {
    expect(() =>
      resolveUserDataPath({
        appDataPath,
        env: { AUDIT_WORKBOOK_USER_DATA: 'profile' },
        isPackaged: false,
        pathApi: path.posix,
      }),
    ).toThrow(/absolute path/)
  })

  it('uses the Windows roaming folder on Windows', () => {
    expect(
      resolveUserDataPath({
        appDataPath: 'C:\\Users\\ana\\AppData\\Roaming',
        env: {},
        isPackaged: true,
        pathApi: path.win32,
      }),
    ).toBe('C:\\Users\\ana\\AppData\\Roaming\\Audit Workbook')
  })
})
