import { useEffect, useState } from 'react'
import { checkIdProblem } from '@core/authoring'
import { Field } from '../../components/Field'
import { useEditor, useProblemAt } from './editor-context'
import { fieldDomId } from './field-ids'

/**
 * A check's id, made from its title when it was added and kept through renames. Changing it is
 * applied when the field is left, and only if it is a valid id not taken by another check.
 */
export function CheckIdField({ checkId, path }: { checkId: string; path: string }) {
  const { draft, edit } = useEditor()
  const draftProblem = useProblemAt(`${path}.id`)
  const [typed, setTyped] = useState(checkId)
  useEffect(() => setTyped(checkId), [checkId])
  const refusal = checkIdProblem(draft.section, checkId, typed.trim())
  const commit = () => {
    if (refusal === undefined) edit({ kind: 'setCheckId', checkId, id: typed.trim() })
  }
  return (
    <Field
      id={fieldDomId(`${path}.id`)}
      label="Check id"
      hint="Used in exports and reports; it stays the same when the title changes."
      error={refusal ?? draftProblem}
    >
      {(control) => (
        <input
          {...control}
          className="input"
          value={typed}
          spellCheck={false}
          onChange={(e) => setTyped(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit()
          }}
        />
      )}
    </Field>
  )
}
