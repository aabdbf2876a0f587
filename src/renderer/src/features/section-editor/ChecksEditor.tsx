import type { Check } from '@core/content'
import { AddItemForm, ItemControls } from './ItemControls'
import { CheckIdField } from './CheckIdField'
import { DraftTextField, ItemProblem } from './DraftField'
import { EditorBlock, EditorItem } from './EditorBlock'
import { useEditor } from './editor-context'
import { fieldDomId } from './field-ids'
import { QuestionEditor } from './QuestionEditor'

/** The checks, each with its questions. */
export function ChecksEditor() {
  const { draft, edit } = useEditor()
  const checks = draft.section.checks
  return (
    <EditorBlock field="section.checks" title="Checks and questions" card={false}>
      <ol className="editor-list">
        {checks.map((check, i) => (
          <li key={check.id}>
            <CheckEditor check={check} index={i} count={checks.length} />
          </li>
        ))}
      </ol>
      <AddItemForm
        action="Add check"
        label="Title of a new check"
        onAdd={(title) => edit({ kind: 'addCheck', title })}
      />
    </EditorBlock>
  )
}

function CheckEditor({ check, index, count }: { check: Check; index: number; count: number }) {
  const { edit } = useEditor()
  const path = `section.checks.${index}`
  const name = check.title.trim() ? `check '${check.title.trim()}'` : `check ${index + 1}`
  return (
    <EditorItem field={path} legend={`Check ${index + 1}`} className="card editor-check">
      <DraftTextField
        field={`${path}.title`}
        label="Check title"
        value={check.title}
        onChange={(value) =>
          edit({ kind: 'setCheckText', checkId: check.id, field: 'title', value })
        }
      />
      <CheckIdField checkId={check.id} path={path} />
      <DraftTextField
        field={`${path}.intro`}
        label="Check introduction"
        multiline
        value={check.intro}
        onChange={(value) =>
          edit({ kind: 'setCheckText', checkId: check.id, field: 'intro', value })
        }
      />
      <ItemControls
        name={name}
        index={index}
        count={count}
        onMove={(to) => edit({ kind: 'moveCheck', checkId: check.id, to })}
        onRemove={() => edit({ kind: 'removeCheck', checkId: check.id })}
      />
      <div id={fieldDomId(`${path}.questions`)} tabIndex={-1}>
        <ItemProblem field={`${path}.questions`} />
        <ol className="editor-list">
          {check.questions.map((question, j) => (
            <li key={question.id}>
              <QuestionEditor
                question={question}
                check={check}
                path={`${path}.questions.${j}`}
                index={j}
              />
            </li>
          ))}
        </ol>
      </div>
      <AddItemForm
        action="Add question"
        label={`Prompt of a new question in ${name}`}
        onAdd={(prompt) => edit({ kind: 'addQuestion', checkId: check.id, prompt })}
      />
    </EditorItem>
  )
}
