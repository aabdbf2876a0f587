import { expect, it } from 'vitest'
import { A4_PAGE } from '../../model'
import { pageName } from './page-name'

it('names the papers firms use, turned or not, and gives any other size in millimetres', () => {
  expect(pageName(A4_PAGE)).toBe('A4')
  expect(pageName({ width: 12240, height: 15840 })).toBe('Letter')
  expect(pageName({ width: 15840, height: 12240 })).toBe('Letter landscape')
  expect(pageName({ width: 11900, height: 16840 })).toBe('A4') // as LibreOffice rounds it
  expect(pageName({ width: 10080, height: 14400 })).toBe('178 × 254 mm')
})
