import type { ContentPack, Section } from '../content'

/**
 * What an export of one section holds: its pack with that section only, so the file (a workbook
 * or pack JSON) carries the pack's id, version and threshold and imports back as the same section.
 */
export function packOfSection(pack: ContentPack, sectionId: string): ContentPack | undefined {
  const section = pack.sections.find((s) => s.id === sectionId)
  return section && { ...pack, sections: [section] }
}

/** The name an export is offered under, before its kind's extension: "Section 35 Incident Response". */
export function exportName(pack: ContentPack, section?: Section): string {
  return section ? `Section ${section.number} ${section.title}` : `${pack.title} ${pack.version}`
}
