/**
 * A strict RFC 4180 reader for tests (unit and end-to-end): it reads what a spreadsheet would,
 * so the tests check the file, not the writer's own idea of it. Expects CRLF record ends.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  let i = 0
  while (i < text.length) {
    const char = text[i]!
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"'
        i += 2
        continue
      }
      if (char === '"') quoted = false
      else cell += char
      i += 1
      continue
    }
    if (char === '"') {
      if (cell !== '') throw new Error(`A quote inside an unquoted cell at ${i}`)
      quoted = true
    } else if (char === ',') {
      row.push(cell)
      cell = ''
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i += 1
    } else if (char === '\n' || char === '\r') {
      throw new Error(`A bare line break outside quotes at ${i}`)
    } else {
      cell += char
    }
    i += 1
  }
  if (quoted) throw new Error('An unterminated quoted cell')
  if (cell !== '' || row.length > 0) throw new Error('The last record has no CRLF')
  return rows
}
