import { describe, expect, it } from 'vitest'
import { hitKindLabel, searchTargetPath } from './search-paths'
import { isSearchShortcut } from './search-shortcut'

describe('where a search result leads', () => {
  it('names the question, the finding or the item in the route', () => {
    expect(searchTargetPath('a1', { screen: 'audit' })).toBe('/audits/a1/interview')
    expect(searchTargetPath('a1', { screen: 'interview', sectionId: 's', questionId: 'q' })).toBe(
      '/audits/a1/interview/s/q/notes',
    )
    expect(searchTargetPath('a1', { screen: 'findings', sectionId: 's', questionId: 'q' })).toBe(
      '/audits/a1/findings/s/q',
    )
    expect(searchTargetPath('a1', { screen: 'evidence', evidenceId: 'e' })).toBe(
      '/audits/a1/evidence/e',
    )
  })

  it('says what matched', () => {
    expect(hitKindLabel({ kind: 'audit', field: 'title' })).toBe('Client')
    expect(hitKindLabel({ kind: 'audit', field: 'text' })).toBe('System')
    expect(hitKindLabel({ kind: 'evidence', field: 'text' })).toBe('Evidence caption')
  })
})

describe('the search shortcut', () => {
  const press = { key: 'k', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false }
  it('is Ctrl+K or ⌘K, not K alone, with other modifiers, or once a control has used it', () => {
    expect(isSearchShortcut({ ...press, ctrlKey: true, defaultPrevented: false })).toBe(true)
    expect(isSearchShortcut({ ...press, key: 'K', metaKey: true, defaultPrevented: false })).toBe(
      true,
    )
    expect(isSearchShortcut({ ...press, defaultPrevented: false })).toBe(false)
    expect(
      isSearchShortcut({ ...press, ctrlKey: true, shiftKey: true, defaultPrevented: false }),
    ).toBe(false)
    expect(isSearchShortcut({ ...press, ctrlKey: true, defaultPrevented: true })).toBe(false)
  })
})
