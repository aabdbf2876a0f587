import { describe, expect, it } from 'vitest'
import { historyCommandOf, isTextEntry } from './history-shortcuts'

const press = (key: string, mods: Partial<Record<'ctrl' | 'meta' | 'shift' | 'alt', boolean>>) => ({
  key,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
})

describe('historyCommandOf', () => {
  it('undoes on Ctrl+Z and Cmd+Z', () => {
    expect(historyCommandOf(press('z', { ctrl: true }))).toBe('undo')
    expect(historyCommandOf(press('z', { meta: true }))).toBe('undo')
  })

  it('redoes on Ctrl/Cmd+Shift+Z (the key reads "Z" with Shift) and on Ctrl+Y', () => {
    expect(historyCommandOf(press('Z', { ctrl: true, shift: true }))).toBe('redo')
    expect(historyCommandOf(press('Z', { meta: true, shift: true }))).toBe('redo')
    expect(historyCommandOf(press('y', { ctrl: true }))).toBe('redo')
  })

  it('ignores Z without a modifier, with Alt, and other keys', () => {
    expect(historyCommandOf(press('z', {}))).toBeUndefined()
    expect(historyCommandOf(press('z', { ctrl: true, alt: true }))).toBeUndefined()
    expect(historyCommandOf(press('s', { ctrl: true }))).toBeUndefined()
  })
})

describe('isTextEntry', () => {
  it('is true in text inputs, number inputs, textareas and editable content', () => {
    expect(isTextEntry({ tagName: 'INPUT', type: 'text' })).toBe(true)
    expect(isTextEntry({ tagName: 'INPUT', type: 'number' })).toBe(true)
    expect(isTextEntry({ tagName: 'TEXTAREA' })).toBe(true)
    expect(isTextEntry({ tagName: 'DIV', isContentEditable: true })).toBe(true)
  })

  it('is false on buttons, selects, checkboxes and the page itself', () => {
    expect(isTextEntry({ tagName: 'BUTTON' })).toBe(false)
    expect(isTextEntry({ tagName: 'SELECT' })).toBe(false)
    expect(isTextEntry({ tagName: 'INPUT', type: 'checkbox' })).toBe(false)
    expect(isTextEntry(null)).toBe(false)
  })
})
