import { CONTENT_PACK_FORMAT, CONTENT_PACK_FORMAT_VERSION } from '../schema'
import type { ContentPack } from '../schema'
import { incidentResponseSection } from './incident-response'

/**
 * The pack that ships with the app. Its id and version are what an audit records (PRODUCT.md §2):
 * any change to its wording or structure needs a new version, so existing audits keep theirs.
 */
export const BUILTIN_PACK_ID = 'audit-workbook-core'
export const BUILTIN_PACK_VERSION = '1.0.0'

export const builtinPack: ContentPack = {
  format: CONTENT_PACK_FORMAT,
  formatVersion: CONTENT_PACK_FORMAT_VERSION,
  id: BUILTIN_PACK_ID,
  version: BUILTIN_PACK_VERSION,
  title: 'Audit Workbook core library',
  publisher: 'Audit Workbook',
  description: 'The sections that ship with Audit Workbook.',
  achievementThreshold: 0.75,
  sections: [incidentResponseSection],
}
