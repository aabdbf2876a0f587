import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { isPathInside } from './path-containment'

describe('isPathInside (POSIX)', () => {
  it.each([
    ['/app/renderer/index.html', '/app/renderer', true],
    ['/app/renderer/assets/a.js', '/app/renderer', true],
    ['/app/renderer/..foo', '/app/renderer', true],
    ['/app/renderer', '/app/renderer', false],
    ['/app/renderer/', '/app/renderer', false],
    ['/app/renderer/../main/index.js', '/app/renderer', false],
    ['/app/renderer-evil/index.html', '/app/renderer', false],
    ['/app', '/app/renderer', false],
    ['/etc/passwd', '/app/renderer', false],
    ['relative/file', '/app/renderer', false],
  ])('%s inside %s → %s', (child, parent, expected) => {
    expect(isPathInside(child, parent, path.posix)).toBe(expected)
  })
})

describe('isPathInside (Windows)', () => {
  it.each([
    ['C:\\app\\renderer\\index.html', 'C:\\app\\renderer', true],
    ['c:\\APP\\Renderer\\index.html', 'C:\\app\\renderer', true],
    ['C:\\app\\renderer\\..\\main.js', 'C:\\app\\renderer', false],
    ['C:\\app\\renderer-evil\\x', 'C:\\app\\renderer', false],
    ['D:\\app\\renderer\\index.html', 'C:\\app\\renderer', false],
    ['\\\\server\\share\\x', 'C:\\app\\renderer', false],
  ])('%s inside %s → %s', (child, parent, expected) => {
    expect(isPathInside(child, parent, path.win32)).toBe(expected)
  })
})
