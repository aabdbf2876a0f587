import type { PreparationItem } from '@core/content'
import { AddItemForm, ItemControls } from './ItemControls'
import { Field } from '../../components/Field'
import { DraftTextField } from './DraftField'
import { EditorBlock, EditorItem } from './EditorBlock'
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
    <EditorBlock field="section.preparation" title="Before you start">
      <ol className="editor-list">
        {items.map((item, i) => {
          const path = `section.preparation.${i}`
          return (
            <li key={item.id}>
              <EditorItem field={path} legend={`Item ${i + 1}`}>
                <DraftTextField
                  field={`${path}.text`}
                  label="Text"
                  multiline
                  value={item.text}
                  onChange={(value) =>
                    edit({ kind: 'setPreparationText', itemId: item.id, field: 'text', value })
                  }
                />
                <Field id={`${fieldDomId(path)}-kind`} label="Kind">
                  {(control) => (
                    <select
                      {...control}
                      className="input select"
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
                  )}
                </Field>
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
              </EditorItem>
            </li>
          )
        })}
      </ol>
      <AddItemForm
        action="Add item"
        label="A new task before you start"
        onAdd={(text) => edit({ kind: 'addPreparationItem', text, itemKind: 'task' })}
      />
    </EditorBlock>
  )
}
