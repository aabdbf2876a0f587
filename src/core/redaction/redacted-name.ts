/** The name of a redacted version: "config.txt" → "config (redacted).txt". */
export function redactedFileName(fileName: string): string {
  const dot = fileName.lastIndexOf('.')
  // A name with no extension, or a dot-file (".env"), takes the words at the end.
  if (dot <= 0 || dot < fileName.length - 8 || /[\s/:]/.test(fileName.slice(dot)))
    return `${fileName} (redacted)`
  return `${fileName.slice(0, dot)} (redacted)${fileName.slice(dot)}`
}
