import type { SectionTextField } from '@core/authoring'
import { DraftNumberField, DraftTextField } from './DraftField'
import { useEditor } from './editor-context'

const TEXT_FIELDS: readonly {
  field: SectionTextField
  path: string
  label: string
  multiline?: boolean
  hint?: string
}[] = [
  { field: 'title', path: 'section.title', label: 'Title' },
  { field: 'category', path: 'section.category', label: 'Category' },
  { field: 'summary', path: 'section.summary', label: 'Summary', multiline: true },
  {
    field: 'introduction',
    path: 'section.introduction',
    label: 'Introduction',
    multiline: true,
    hint: 'Optional: read out before the first check.',
  },
  { field: 'goalHeadline', path: 'section.goal.headline', label: 'Goal headline' },
  { field: 'goalText', path: 'section.goal.text', label: 'Goal', multiline: true },
]

function sectionText(draft: ReturnType<typeof useEditor>['draft'], field: SectionTextField) {
  const { section } = draft
  switch (field) {
    case 'goalHeadline':
      return section.goal.headline
    case 'goalText':
      return section.goal.text
    case 'introduction':
      return section.introduction ?? ''
    default:
      return section[field]
  }
}

/** The section's own fields and the pack's achievement threshold. */
export function SectionFields() {
  const { draft, edit } = useEditor()
  return (
    <section className="card editor-block" aria-labelledby="editor-section-title">
      <h2 id="editor-section-title" className="card__title">
        The section
      </h2>
      <div className="editor-grid">
        <DraftNumberField
          field="section.number"
          label="Section number"
          value={draft.section.number}
          min={1}
          step={1}
          onChange={(value) => edit({ kind: 'setSectionNumber', value })}
        />
        <DraftNumberField
          field="achievementThreshold"
          label="Achievement threshold (%)"
          hint="An outcome counts as achieved when this share of its questions' weight is met."
          value={Math.round(draft.achievementThreshold * 1000) / 10}
          min={1}
          max={100}
          onChange={(value) => edit({ kind: 'setThreshold', value: value / 100 })}
        />
      </div>
      {TEXT_FIELDS.map(({ field, path, label, multiline, hint }) => (
        <DraftTextField
          key={field}
          field={path}
          label={label}
          hint={hint}
          multiline={multiline}
          value={sectionText(draft, field)}
          onChange={(value) => edit({ kind: 'setSectionText', field, value })}
        />
      ))}
    </section>
  )
}
