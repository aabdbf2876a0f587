import { describe, expect, it } from 'vitest'
import { shortcutFor, type KeyInput } from './shortcuts'

const press = (key: string, extra: Partial<KeyInput> = {}): KeyInput => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  inTextField: false,
  ...extra,
})

describe('shortcutFor', () => {
  it.each([
    ['1', { kind: 'rate', rating: 'met' }],
    ['2', { kind: 'rate', rating: 'partial' }],
    ['3', { kind: 'rate', rating: 'not-met' }],
    ['4', { kind: 'rate', rating: 'na' }],
    ['0', { kind: 'rate', rating: 'na' }],
    ['n', { kind: 'rate', rating: 'na' }],
    ['N', { kind: 'rate', rating: 'na' }],
    ['j', { kind: 'next' }],
    ['ArrowLeft', { kind: 'previous' }],
    ['u', { kind: 'next-unanswered' }],
    ['f', { kind: 'toggle-follow-up' }],
    ['v', { kind: 'basis', basis: 'verified' }],
    ['e', { kind: 'focus-notes' }],
    ['k', { kind: 'previous' }],
    ['ArrowRight', { kind: 'next' }],
    ['s', { kind: 'basis', basis: 'stated' }],
    ['/', { kind: 'focus-search' }],
    ['x', undefined],
    ['J', undefined],
  ])('%s → %o', (key, action) => {
    expect(shortcutFor(press(key))).toEqual(action)
  })

  it('never acts on keys typed into a text field, except Ctrl/Cmd+Enter', () => {
    expect(shortcutFor(press('1', { inTextField: true }))).toBeUndefined()
    expect(shortcutFor(press('j', { inTextField: true }))).toBeUndefined()
    expect(shortcutFor(press('Enter', { inTextField: true, ctrlKey: true }))).toEqual({
      kind: 'next',
    })
    expect(shortcutFor(press('Enter', { inTextField: true, metaKey: true }))).toEqual({
      kind: 'next',
    })
  })

  it('leaves a text field on Esc, whatever else is held, and does nothing with Esc elsewhere', () => {
    const leave = { kind: 'leave-text-field' }
    expect(shortcutFor(press('Escape', { inTextField: true }))).toEqual(leave)
    expect(shortcutFor(press('Escape', { inTextField: true, ctrlKey: true }))).toEqual(leave)
    expect(shortcutFor(press('Escape'))).toBeUndefined()
  })

  it('leaves browser and system shortcuts alone', () => {
    expect(shortcutFor(press('1', { ctrlKey: true }))).toBeUndefined()
    expect(shortcutFor(press('f', { altKey: true }))).toBeUndefined()
  })
})
