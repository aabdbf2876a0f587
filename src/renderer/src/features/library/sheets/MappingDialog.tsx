import { useState } from 'react'
import {
  columnName,
  COLUMN_NAMES,
  fieldsOfMapping,
  mappingOfFields,
  type ColumnFields,
  type ColumnMapping,
  type MappingShape,
  type QuestionColumn,
} from '@core/sheets'
import { Dialog } from '../../../components/Dialog'

/** Each field a question sheet can hold, by the name the layout writes it with. */
const FIELDS = Object.keys(COLUMN_NAMES.questions) as QuestionColumn[]
const fieldLabel = (field: QuestionColumn): string => COLUMN_NAMES.questions[field]![0]!

interface MappingDialogProps {
  fileName: string
  shapes: readonly MappingShape[]
  onMap: (mappings: ColumnMapping[]) => void
  onCancel: () => void
}

/**
 * The mapping step: for each shape of question sheet the layout does not know, its first rows
 * under a choice per column of what that column holds, starting from the proposed mapping.
 */
export function MappingDialog({ fileName, shapes, onMap, onCancel }: MappingDialogProps) {
  const [fields, setFields] = useState<ColumnFields[]>(() =>
    shapes.map((shape) => fieldsOfMapping(shape.proposed, shape.preview.header.length)),
  )
  const [problem, setProblem] = useState<string>()

  function choose(shapeIndex: number, column: number, field: QuestionColumn | undefined) {
    setFields((all) =>
      all.map((row, i) => (i === shapeIndex ? row.map((f, c) => (c === column ? field : f)) : row)),
    )
    setProblem(undefined)
  }

  function confirm() {
    const mappings: ColumnMapping[] = []
    for (const [i, shape] of shapes.entries()) {
      const result = mappingOfFields(shape.proposed.shapeKey, fields[i]!, fieldLabel)
      if ('problem' in result)
        return setProblem(
          shapes.length === 1 ? result.problem : `${shape.preview.sheet}: ${result.problem}`,
        )
      mappings.push(result.mapping)
    }
    onMap(mappings)
  }

  return (
    <Dialog
      title="Which column is which?"
      open
      onClose={onCancel}
      className="dialog--workbook"
      footer={{
        cancel: { label: 'Cancel', onClick: onCancel },
        primary: { label: 'Import with these columns', onClick: confirm },
      }}
    >
      <p>
        The columns of <strong>{fileName}</strong> do not have the names Audit Workbook reads. Say
        what each column holds; columns left as “Not read” are ignored. The choice is kept for the
        next workbook with the same columns.
      </p>
      {shapes.map((shape, i) => (
        <ShapeTable
          key={shape.proposed.shapeKey}
          shape={shape}
          fields={fields[i]!}
          onChoose={(column, field) => choose(i, column, field)}
        />
      ))}
      {problem && (
        <p role="alert" className="pack-problem">
          {problem}
        </p>
      )}
    </Dialog>
  )
}

interface ShapeTableProps {
  shape: MappingShape
  fields: ColumnFields
  onChoose: (column: number, field: QuestionColumn | undefined) => void
}

function ShapeTable({ shape, fields, onChoose }: ShapeTableProps) {
  const { sheet, headerRow, header, rows } = shape.preview
  return (
    <div className="mapping-preview" role="group" aria-label={`Sheet “${sheet}”`}>
      <table className="mapping-preview__table">
        <caption>
          Sheet “{sheet}”: the header on row {headerRow + 1} and the first {rows.length} rows
        </caption>
        <thead>
          <tr>
            {header.map((name, c) => (
              <th key={c} scope="col">
                <span className="mapping-preview__letter">{columnName(c)}</span> {name}
              </th>
            ))}
          </tr>
          <tr>
            {header.map((name, c) => (
              <td key={c}>
                <select
                  aria-label={`Column ${columnName(c)} “${name}” holds`}
                  value={fields[c] ?? ''}
                  onChange={(event) =>
                    onChoose(c, (event.target.value || undefined) as QuestionColumn | undefined)
                  }
                >
                  <option value="">Not read</option>
                  {FIELDS.map((field) => (
                    <option key={field} value={field}>
                      {fieldLabel(field)}
                    </option>
                  ))}
                </select>
              </td>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {header.map((_, c) => (
                <td key={c}>{row[c] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
