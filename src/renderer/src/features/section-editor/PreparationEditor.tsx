import type { PreparationItem } from '@core/content'
import { AddItemForm, ItemControls } from './ItemControls'
import { DraftTextField, ItemProblem } from './DraftField'
import { useEditor } from './editor-context'
import { fieldDomId } from './field-ids'

const KINDS: Record<PreparationItem['kind'], string> = {
  task: 'A task to do',
  fact: 'A fact to record',
}

/** "Before you start": tasks to do and facts to record before the first check. */
export function PreparationEditor() {
  const { draft, edit } = useEditor()
  const items = draft.section.preparation
  return (
    <section
      className="card editor-block"
      aria-labelledby="editor-prep-title"
      id={fieldDomId('section.preparation')}
      tabIndex={-1}
    >
      <h2 id="editor-prep-title" className="card__title">
        Before you start
      </h2>
      <ItemProblem field="section.preparation" />
      <ol className="editor-list">
        {items.map((item, i) => {
          const path = `section.preparation.${i}`
          const kindId = `${fieldDomId(path)}-kind`
          return (
            <li key={item.id}>
              <fieldset className="editor-item" id={fieldDomId(path)} tabIndex={-1}>
                <legend>Item {i + 1}</legend>
                <ItemProblem field={path} />
                <DraftTextField
                  field={`${path}.text`}
                  label="Text"
                  multiline
                  value={item.text}
                  onChange={(value) =>
                    edit({ kind: 'setPreparationText', itemId: item.id, field: 'text', value })
                  }
                />
                <div className="field">
                  <label className="field__label" htmlFor={kindId}>
                    Kind
                  </label>
                  <select
                    id={kindId}
                    className="select"
                    value={item.kind}
                    onChange={(e) =>
                      edit({
                        kind: 'setPreparationKind',
                        itemId: item.id,
                        itemKind: e.target.value as PreparationItem['kind'],
                      })
                    }
                  >
                    {Object.entries(KINDS).map(([kind, label]) => (
                      <option key={kind} value={kind}>
                        {label}
                      </option>
                    ))}
                  </select>
                </div>
                {item.kind === 'fact' && (
                  <DraftTextField
                    field={`${path}.factLabel`}
                    label="Label of the fact"
                    hint="What the auditor records, e.g. “Number of on-call engineers”."
                    value={item.factLabel ?? ''}
                    onChange={(value) =>
                      edit({
                        kind: 'setPreparationText',
                        itemId: item.id,
                        field: 'factLabel',
                        value,
                      })
                    }
                  />
                )}
                <ItemControls
                  name={`item ${i + 1}`}
                  index={i}
                  count={items.length}
                  onMove={(to) => edit({ kind: 'movePreparationItem', itemId: item.id, to })}
                  onRemove={() => edit({ kind: 'removePreparationItem', itemId: item.id })}
                />
              </fieldset>
            </li>
          )
        })}
      </ol>
      <AddItemForm
        action="Add item"
        label="A new task before you start"
        onAdd={(text) => edit({ kind: 'addPreparationItem', text, itemKind: 'task' })}
      />
    </section>
  )
}
