import { findNumbers, type CountryCode } from 'libphonenumber-js'
import type { TextRange } from './mask-text'

/**
 * What secretlint's recommended preset does not cover and a client report must not carry. Each
 * pattern is the documented shape of the thing, kept narrow so prose does not match.
 */

export interface ExtraFinding extends TextRange {
  rule: string
}

interface PatternRule {
  rule: string
  pattern: RegExp
  /** The capture group that is the secret (0: the whole match). */
  group: number
}

const SECRET_PATTERNS: PatternRule[] = [
  {
    // A signed JSON Web Token: base64url header and payload (both JSON objects, so "eyJ"), signature.
    rule: 'JSON Web Token',
    pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}/g,
    group: 0,
  },
  {
    // Azure Storage / Service Bus / Event Hubs connection strings carry a base64 key.
    rule: 'Azure account key',
    pattern: /\b(?:AccountKey|SharedAccessKey)=([A-Za-z0-9+/]{30,}={0,2})/g,
    group: 1,
  },
  {
    // An Azure shared access signature: the `sig` parameter of a URL with `sv=` (its version).
    rule: 'Azure shared access signature',
    pattern: /[?&]sv=\d{4}-\d{2}-\d{2}[^\s"'<>]*?[?&]sig=([A-Za-z0-9%+/=]{30,})/g,
    group: 1,
  },
]

/** An address as people write it; the local part and domain as RFC 5322 allows in practice. */
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g

function patternFindings(text: string, rules: readonly PatternRule[]): ExtraFinding[] {
  const found: ExtraFinding[] = []
  for (const { rule, pattern, group } of rules) {
    for (const match of text.matchAll(pattern)) {
      const secret = match[group]
      if (secret === undefined || match.index === undefined) continue
      const start = match.index + match[0].indexOf(secret)
      found.push({ rule, start, end: start + secret.length })
    }
  }
  return found
}

export function extraSecretFindings(text: string): ExtraFinding[] {
  return patternFindings(text, SECRET_PATTERNS)
}

export function emailFindings(text: string): ExtraFinding[] {
  return patternFindings(text, [{ rule: 'E-mail address', pattern: EMAIL, group: 0 }])
}

/**
 * Phone numbers by libphonenumber-js (Google's metadata): international numbers ("+44 …") always;
 * national ones ("020 7946 0958") only given the country they are written for.
 */
export function phoneFindings(text: string, defaultCountry?: CountryCode): ExtraFinding[] {
  const options = defaultCountry ? { defaultCountry, v2: true as const } : { v2: true as const }
  return findNumbers(text, options).map((found) => ({
    rule: 'Phone number',
    start: found.startsAt,
    end: found.endsAt,
  }))
}
