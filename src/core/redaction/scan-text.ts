import type { CountryCode } from 'libphonenumber-js'
import { emailFindings, extraSecretFindings, phoneFindings } from './extra-rules'
import type { TextRange } from './mask-text'
import { secretExcerpt } from './secret-excerpt'
import { secretlintFindings } from './secretlint-rules'
import { secretlintRuleName } from './rule-names'

export interface SecretScanOptions {
  emails: boolean
  phones: boolean
  /** The country national phone numbers are written for (ISO 3166 alpha-2), when known. */
  phoneCountry?: CountryCode
}

export const DEFAULT_SCAN_OPTIONS: SecretScanOptions = { emails: false, phones: false }

/** One thing that looks like a credential or personal data. */
export interface SecretHit extends TextRange {
  /** What it looks like, in words: "AWS access key ID". */
  rule: string
  /** A short excerpt with the secret masked, safe to show in a list. */
  excerpt: string
}

/**
 * Everything in `text` that looks like a secret, in order of position. Where two rules find the
 * same or overlapping text (a private key inside a JSON key file), the first and longest is kept.
 */
export function scanText(text: string, options: SecretScanOptions): SecretHit[] {
  const found: { rule: string; start: number; end: number }[] = [
    ...secretlintFindings(text).map((f) => ({
      rule: secretlintRuleName(f.ruleId, f.messageId),
      start: f.start,
      end: f.end,
    })),
    ...extraSecretFindings(text),
    ...(options.emails ? emailFindings(text) : []),
    ...(options.phones ? phoneFindings(text, options.phoneCountry) : []),
  ]
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const hits: SecretHit[] = []
  for (const f of found) {
    const last = hits[hits.length - 1]
    if (last && f.start < last.end) continue
    hits.push({ ...f, excerpt: secretExcerpt(text, f) })
  }
  return hits
}
