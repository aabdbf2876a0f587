import { ADHOC_LEVEL_NAME } from '../library/MaturityLadder'
import { AddItemForm, ItemControls } from './ItemControls'
import { DraftTextField } from './DraftField'
import { EditorBlock, EditorItem } from './EditorBlock'
import { useEditor } from './editor-context'

/** The maturity ladder: level 0 is implicit; each outcome is the next level up. */
export function LadderEditor() {
  const { draft, edit } = useEditor()
  const outcomes = draft.section.outcomes
  return (
    <EditorBlock field="section.outcomes" title="Maturity ladder">
      <p className="ladder-implicit">
        <strong>Level 0 · {ADHOC_LEVEL_NAME}</strong>{' '}
        <span className="muted">Always there: none of the outcomes below is achieved yet.</span>
      </p>
      <ol className="editor-list">
        {outcomes.map((outcome, i) => {
          const path = `section.outcomes.${i}`
          const name = outcome.name.trim() ? `outcome '${outcome.name.trim()}'` : `level ${i + 1}`
          return (
            <li key={outcome.id}>
              <EditorItem field={path} legend={`Level ${i + 1}`}>
                <DraftTextField
                  field={`${path}.name`}
                  label="Name"
                  value={outcome.name}
                  onChange={(value) =>
                    edit({ kind: 'setOutcomeText', outcomeId: outcome.id, field: 'name', value })
                  }
                />
                <DraftTextField
                  field={`${path}.description`}
                  label="What it means"
                  multiline
                  value={outcome.description}
                  onChange={(value) =>
                    edit({
                      kind: 'setOutcomeText',
                      outcomeId: outcome.id,
                      field: 'description',
                      value,
                    })
                  }
                />
                <ItemControls
                  name={name}
                  index={i}
                  count={outcomes.length}
                  onMove={(to) => edit({ kind: 'moveOutcome', outcomeId: outcome.id, to })}
                  onRemove={() => edit({ kind: 'removeOutcome', outcomeId: outcome.id })}
                />
              </EditorItem>
            </li>
          )
        })}
      </ol>
      <AddItemForm
        action="Add outcome"
        label="Name of the next level"
        onAdd={(name) => edit({ kind: 'addOutcome', name })}
      />
    </EditorBlock>
  )
}
