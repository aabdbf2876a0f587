/** A link kept as evidence: a wiki page, a dashboard, a ticket the client showed. */

export const MAX_LINK_LENGTH = 2048
export const MAX_TITLE_LENGTH = 200
export const MAX_SNIPPET_LENGTH = 1_000_000

const TITLE_TOO_LONG = {
  field: 'title',
  message: `The title must be at most ${MAX_TITLE_LENGTH} characters.`,
} as const

export type LinkParseResult =
  | { ok: true; url: string; title: string }
  | { ok: false; error: { field: 'url' | 'title'; message: string } }

/**
 * Why an address cannot be kept as a link, or undefined when it can: http and https only, of a
 * bounded length. The one
 * rule for every way a link arrives (typed at capture, or read from an archive).
 */
export function linkAddressProblem(url: string): string | undefined {
  if (url === '') return 'Enter the address.'
  if (url.length > MAX_LINK_LENGTH)
    return `The address must be at most ${MAX_LINK_LENGTH} characters.`
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return 'Enter a full address, starting with https:// or http://.'
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    return 'Only web addresses (https:// or http://) can be kept.'
  return undefined
}

/**
 * Accepts http and https addresses only (intranet wikis are often plain http); the title
 * defaults to the host name. The URL is kept as the user wrote it, trimmed, so the hash of its
 * bytes is the hash of what they saw.
 */
export function parseEvidenceLink(rawUrl: string, rawTitle: string): LinkParseResult {
  const url = rawUrl.trim()
  const title = rawTitle.trim()
  const problem = linkAddressProblem(url)
  if (problem) return { ok: false, error: { field: 'url', message: problem } }
  if (title.length > MAX_TITLE_LENGTH) return { ok: false, error: TITLE_TOO_LONG }
  return { ok: true, url, title: title || new URL(url).host }
}

export type SnippetParseResult =
  | { ok: true; title: string; text: string }
  | { ok: false; error: { field: 'title' | 'text'; message: string } }

/** A text snippet needs its text; its title defaults to the first words of it. */
export function parseEvidenceSnippet(rawTitle: string, text: string): SnippetParseResult {
  const title = rawTitle.trim()
  if (text.trim() === '') {
    return { ok: false, error: { field: 'text', message: 'Paste or type the text to keep.' } }
  }
  if (text.length > MAX_SNIPPET_LENGTH) {
    return {
      ok: false,
      error: { field: 'text', message: 'The text is too long; attach it as a file instead.' },
    }
  }
  if (title.length > MAX_TITLE_LENGTH) return { ok: false, error: TITLE_TOO_LONG }
  return { ok: true, title: title || firstWords(text), text }
}

function firstWords(text: string): string {
  const line = text.trim().split('\n')[0]!.trim()
  return line.length <= 60 ? line : `${line.slice(0, 57).trimEnd()}…`
}
