import { slugify } from '../authoring'
import type { PackDefaults } from './read-sections'

/**
 * The pack a workbook without a Pack sheet makes, named after its file: "Acme bank.xlsx" → the
 * pack "Acme bank", id `acme-bank`, version 1.0.0.
 */
export function packDefaultsFor(fileName: string): PackDefaults {
  const title = fileName.replace(/\.[A-Za-z0-9]{1,5}$/, '').trim() || 'Workbook'
  return { id: slugify(title) || 'workbook', title, version: '1.0.0' }
}
