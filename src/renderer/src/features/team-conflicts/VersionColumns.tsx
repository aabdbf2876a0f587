import { useId } from 'react'
import { formatDateTime } from '../../components/format'

/** One side of a conflict as shown: who, when, its fields in words, and how to keep it. */
export interface ShownVersion {
  by: string
  at: number
  /** The button's name, e.g. "Keep ana's version". */
  keepLabel: string
}

interface VersionColumnsProps {
  versions: readonly ShownVersion[]
  /** Each compared field with one value per version, in the versions' order. */
  fields: ReadonlyArray<{ label: string; values: string[] }>
  disabled: boolean
  onKeep: (index: number) => void
  /** Each version's heading, one level under the heading of what is compared. */
  headingLevel: 3 | 4
}

/** The versions of one document side by side, each with a "Keep" button. */
export function VersionColumns(props: VersionColumnsProps) {
  const { versions, fields, disabled, onKeep, headingLevel } = props
  const id = useId()
  const Heading = `h${headingLevel}` as const
  return (
    <div className="conflict__versions">
      {versions.map((version, index) => (
        <section
          key={`${version.by}-${version.at}-${index}`}
          className="conflict__version"
          aria-labelledby={`${id}-${index}`}
        >
          <Heading id={`${id}-${index}`} className="conflict__who">
            {version.by}
          </Heading>
          <p className="conflict__when muted">Saved {formatDateTime(version.at)}</p>
          <dl className="conflict__fields">
            {fields.map((field) => (
              <div key={field.label} className="conflict__field">
                <dt>{field.label}</dt>
                <dd>{field.values[index]}</dd>
              </div>
            ))}
          </dl>
          <button
            type="button"
            className="button"
            disabled={disabled}
            onClick={() => onKeep(index)}
          >
            {version.keepLabel}
          </button>
        </section>
      ))}
    </div>
  )
}
