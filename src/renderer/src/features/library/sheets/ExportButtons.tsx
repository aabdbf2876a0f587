import type { ContentPack } from '@core/content'
import { exportName, packOfSection } from '@core/sheets'
import { useInstalledPacks } from '../useInstalledPacks'
import { exportPack } from './save-exports'
import './sheets.css'

interface ExportButtonsProps {
  pack: ContentPack
  /** How the buttons name what they export: "Section 35 Incident Response". */
  name: string
}

/** Export to `.xlsx` (the import's layout, so it comes back as it went) and to pack JSON. */
export function ExportButtons({ pack, name }: ExportButtonsProps) {
  return (
    <span className="export-buttons">
      <button
        type="button"
        className="button button--small"
        aria-label={`Export ${name} to .xlsx`}
        onClick={() => void exportPack(pack, 'workbook', name)}
      >
        Export .xlsx
      </button>
      <button
        type="button"
        className="button button--small"
        aria-label={`Export ${name} as pack JSON`}
        onClick={() => void exportPack(pack, 'content-pack', name)}
      >
        Export JSON
      </button>
    </span>
  )
}

/** A section's exports, as its pack with that section only. */
export function SectionExport({ sectionId }: { sectionId: string }) {
  const packs = useInstalledPacks()
  const pack = packs.find((p) => p.sections.some((s) => s.id === sectionId))
  const own = pack && packOfSection(pack, sectionId)
  if (!own) return null
  const name = exportName(own, own.sections[0])
  return (
    <section className="section-export" aria-label="Export this section">
      <ExportButtons pack={own} name={name} />
    </section>
  )
}

/** A pack's exports, under its title and version. */
export function PackExport({ pack }: { pack: ContentPack }) {
  return <ExportButtons pack={pack} name={exportName(pack)} />
}
