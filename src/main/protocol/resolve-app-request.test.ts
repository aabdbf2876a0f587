import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveAppRequest } from './resolve-app-request'

const root = path.resolve('/opt/audit-workbook/out/renderer')

describe('resolveAppRequest: files inside the renderer folder', () => {
  it.each([
    ['app://workbook/', 'index.html', 'text/html; charset=utf-8'],
    ['app://workbook', 'index.html', 'text/html; charset=utf-8'],
    ['app://workbook/index.html', 'index.html', 'text/html; charset=utf-8'],
    ['app://workbook/index.html?x=1#top', 'index.html', 'text/html; charset=utf-8'],
    ['app://workbook/assets/index-abc.js', 'assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['app://workbook/assets/worker.mjs', 'assets/worker.mjs', 'text/javascript; charset=utf-8'],
    ['app://workbook/assets/app.css', 'assets/app.css', 'text/css; charset=utf-8'],
    ['app://workbook/assets/logo.svg', 'assets/logo.svg', 'image/svg+xml'],
    ['app://workbook/assets/Inter.woff2', 'assets/Inter.woff2', 'font/woff2'],
    ['app://workbook/assets/zip.wasm', 'assets/zip.wasm', 'application/wasm'],
    ['app://workbook/packs/ir.json', 'packs/ir.json', 'application/json; charset=utf-8'],
    ['app://workbook/assets/a%20b.png', 'assets/a b.png', 'image/png'],
    ['app://workbook/assets/..hidden.js', 'assets/..hidden.js', 'text/javascript; charset=utf-8'],
    ['APP://WORKBOOK/index.html', 'index.html', 'text/html; charset=utf-8'],
    ['app://workbook/LICENSE', 'LICENSE', 'application/octet-stream'],
  ])('%s → %s', (url, relative, mimeType) => {
    expect(resolveAppRequest(url, root)).toEqual({
      status: 200,
      filePath: path.join(root, relative),
      mimeType,
    })
  })
})

describe('resolveAppRequest: what the built page loads', () => {
  // index.html loads a classic script beside it, then the entry chunk; each chunk imports the
  // screens' chunks, loaded on demand, relative to itself. Resolved here as the browser does.
  it.each([
    ['app://workbook/', './zod-jitless.js', 'zod-jitless.js'],
    ['app://workbook/', './assets/index-DLln5cta.js', 'assets/index-DLln5cta.js'],
    ['app://workbook/#/audits', './assets/index-DLln5cta.js', 'assets/index-DLln5cta.js'],
    [
      'app://workbook/assets/index-DLln5cta.js',
      './InterviewScreen-Bk_d-ZtP.js',
      'assets/InterviewScreen-Bk_d-ZtP.js',
    ],
    [
      'app://workbook/assets/index-DLln5cta.js',
      './archive.worker-lQcF7bMW.js',
      'assets/archive.worker-lQcF7bMW.js',
    ],
  ])('from %s, %s → %s', (page, src, relative) => {
    expect(resolveAppRequest(new URL(src, page).href, root)).toEqual({
      status: 200,
      filePath: path.join(root, relative),
      mimeType: 'text/javascript; charset=utf-8',
    })
  })
})

describe('resolveAppRequest: everything else is a 404', () => {
  it.each([
    ['plain traversal', 'app://workbook/../main/index.js'],
    ['deep traversal', 'app://workbook/assets/../../../etc/passwd'],
    ['dot segment', 'app://workbook/./index.html'],
    ['encoded traversal', 'app://workbook/%2e%2e%2fmain/index.js'],
    ['encoded dots only', 'app://workbook/%2e%2e/main/index.js'],
    ['upper-case encoding', 'app://workbook/%2E%2E%2Fetc%2Fpasswd'],
    ['encoded slash', 'app://workbook/assets%2f..%2f..%2fmain.js'],
    ['encoded backslash', 'app://workbook/..%5cmain%5cindex.js'],
    ['raw backslash', 'app://workbook/..\\main\\index.js'],
    ['double encoding', 'app://workbook/%252e%252e%252fmain.js'],
    ['NUL byte', 'app://workbook/index.html%00.png'],
    ['raw NUL byte', 'app://workbook/index.html\u0000.png'],
    ['control character', 'app://workbook/index%0a.html'],
    ['malformed encoding', 'app://workbook/%E0%A4%A'],
    ['lone percent', 'app://workbook/100%'],
    ['Windows drive', 'app://workbook/C:/Windows/win.ini'],
    ['NTFS stream', 'app://workbook/index.html::$DATA'],
    ['absolute path in segment', 'app://workbook//etc/passwd'],
    ['trailing slash folder', 'app://workbook/assets/'],
    ['other host', 'app://evil/index.html'],
    ['host with port', 'app://workbook:8080/index.html'],
    ['credentials', 'app://user@workbook/index.html'],
    ['prefix host', 'app://workbook.evil/index.html'],
    ['other scheme', 'file:///opt/audit-workbook/out/renderer/index.html'],
    ['https', 'https://workbook/index.html'],
    ['not a URL', 'index.html'],
  ])('%s: %s', (_name, url) => {
    expect(resolveAppRequest(url, root)).toEqual({ status: 404 })
  })
})

describe('resolveAppRequest on Windows paths', () => {
  it('joins inside the root with backslashes', () => {
    const winRoot = 'C:\\Program Files\\Audit Workbook\\resources\\app.asar\\out\\renderer'
    expect(resolveAppRequest('app://workbook/assets/a.js', winRoot, path.win32)).toEqual({
      status: 200,
      filePath: `${winRoot}\\assets\\a.js`,
      mimeType: 'text/javascript; charset=utf-8',
    })
  })
})
