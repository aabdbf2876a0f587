import { BUILTIN_PACK_ID, type ContentPack, type Section } from '@core/content'
import { useOpenDraft } from './useOpenDraft'

/**
 * A Library section's ways into the editor: any section can be duplicated as the consultant's
 * own; only a custom one is edited (the built-in pack stays read-only).
 */
export function SectionActions({ section, pack }: { section: Section; pack: ContentPack }) {
  const { duplicate, edit } = useOpenDraft()
  return (
    <div className="section-actions">
      {pack.id !== BUILTIN_PACK_ID && (
        <button
          type="button"
          className="button button--small"
          onClick={() => void edit(section, pack)}
        >
          Edit
        </button>
      )}
      <button
        type="button"
        className="button button--small"
        onClick={() => void duplicate(section, pack)}
      >
        Duplicate as a custom section
      </button>
    </div>
  )
}

/** Starts a blank section in the editor. */
export function NewSectionButton() {
  const { newSection } = useOpenDraft()
  return (
    <button type="button" className="button button--small" onClick={() => void newSection()}>
      New section
    </button>
  )
}
