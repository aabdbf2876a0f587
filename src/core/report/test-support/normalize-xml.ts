/**
 * Makes a generated document.xml comparable across runs: docx numbers bookmarks, drawings and
 * relationships from counters shared by the whole process (and names a chart's relationship at
 * random), so each family of ids is renumbered by order of first appearance. One tag a line, so a
 * golden-file diff reads like a review.
 */
export function normalizeDocumentXml(xml: string): string {
  const families: Array<[RegExp, string]> = [
    [/_Toc\d+/g, '_Toc'],
    [/w:id="\d+"/g, 'w:id'],
    [/ id="\d+"/g, 'id'],
    [/rId[\w-]+/g, 'rId'],
  ]
  let out = xml
  for (const [pattern, name] of families) {
    const seen = new Map<string, number>()
    out = out.replace(pattern, (match) => {
      if (!seen.has(match)) seen.set(match, seen.size + 1)
      const n = seen.get(match)
      if (name === 'w:id') return `w:id="${n}"`
      if (name === 'id') return ` id="${n}"`
      return `${name}${n}`
    })
  }
  return out.replace(/></g, '>\n<')
}
