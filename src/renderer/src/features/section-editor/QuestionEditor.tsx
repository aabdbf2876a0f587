import type { Check, Question } from '@core/content'
import { Field } from '../../components/Field'
import { DraftNumberField, DraftTextField } from './DraftField'
import { EditorItem } from './EditorBlock'
import { useEditor, useProblemAt } from './editor-context'
import { fieldDomId } from './field-ids'
import { ItemControls } from './ItemControls'

interface QuestionEditorProps {
  question: Question
  check: Check
  path: string
  index: number
}

/** One question: prompt, guidance, the outcome it evidences, its weight and its check. */
export function QuestionEditor({ question, check, path, index }: QuestionEditorProps) {
  const { edit } = useEditor()
  const name = `question ${index + 1} of check '${check.title.trim() || index + 1}'`
  return (
    <EditorItem field={path} legend={`Question ${index + 1}`}>
      <DraftTextField
        field={`${path}.prompt`}
        label="Prompt"
        multiline
        value={question.prompt}
        onChange={(value) =>
          edit({ kind: 'setQuestionText', questionId: question.id, field: 'prompt', value })
        }
      />
      <DraftTextField
        field={`${path}.guidance`}
        label="Guidance"
        multiline
        value={question.guidance}
        onChange={(value) =>
          edit({ kind: 'setQuestionText', questionId: question.id, field: 'guidance', value })
        }
      />
      <div className="editor-grid">
        <OutcomeChoice question={question} path={path} />
        <DraftNumberField
          field={`${path}.weight`}
          label="Weight"
          value={question.weight}
          min={0.5}
          max={100}
          step={0.5}
          onChange={(weight) =>
            edit({ kind: 'setQuestionWeight', questionId: question.id, weight })
          }
        />
        <CheckChoice question={question} check={check} path={path} />
      </div>
      <ItemControls
        name={name}
        index={index}
        count={check.questions.length}
        onMove={(to) =>
          edit({ kind: 'moveQuestion', questionId: question.id, toCheckId: check.id, to })
        }
        onRemove={() => edit({ kind: 'removeQuestion', questionId: question.id })}
      />
    </EditorItem>
  )
}

function OutcomeChoice({ question, path }: { question: Question; path: string }) {
  const { draft, edit } = useEditor()
  const field = `${path}.outcomeId`
  const error = useProblemAt(field)
  const onLadder = draft.section.outcomes.some((o) => o.id === question.outcomeId)
  const removedName = draft.removedOutcomes[question.outcomeId]
  return (
    <Field id={fieldDomId(field)} label="Evidences outcome" error={error}>
      {(control) => (
        <select
          {...control}
          className="input select"
          value={question.outcomeId}
          onChange={(e) =>
            edit({ kind: 'setQuestionOutcome', questionId: question.id, outcomeId: e.target.value })
          }
        >
          {question.outcomeId === '' && <option value="">Choose an outcome</option>}
          {!onLadder && question.outcomeId !== '' && (
            <option value={question.outcomeId}>
              {removedName ?? question.outcomeId} (not on the ladder)
            </option>
          )}
          {draft.section.outcomes.map((outcome, level) => (
            <option key={outcome.id} value={outcome.id}>
              Level {level + 1}: {outcome.name.trim() || 'Unnamed'}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}

function CheckChoice({
  question,
  check,
  path,
}: {
  question: Question
  check: Check
  path: string
}) {
  const { draft, edit } = useEditor()
  return (
    <Field id={`${fieldDomId(path)}-check`} label="In check">
      {(control) => (
        <select
          {...control}
          className="input select"
          value={check.id}
          onChange={(e) => {
            const target = draft.section.checks.find((c) => c.id === e.target.value)
            if (!target) return
            edit({
              kind: 'moveQuestion',
              questionId: question.id,
              toCheckId: target.id,
              to: target.questions.length,
            })
          }}
        >
          {draft.section.checks.map((c, i) => (
            <option key={c.id} value={c.id}>
              {c.title.trim() || `Check ${i + 1}`}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}
