import { rules as recommendedRules } from '@secretlint/secretlint-rule-preset-recommend'
import type { TextRange } from './mask-text'

/**
 * secretlint's recommended preset run without secretlint's engine (which reads files and config
 * from disk): each rule is given a text, no file path, and a context that only collects what it
 * reports. The preset bundles every rule with no dependency; the few that look at a file on disk
 * (a GCP `.p12`) do nothing without a path.
 */

/** One finding of a secretlint rule: which rule, which of its messages, where. */
export interface SecretlintFinding extends TextRange {
  ruleId: string
  messageId: string
}

interface RuleSource {
  content: string
  contentType: 'text'
  ext: string
  filePath: undefined
}

interface RuleContext {
  report(descriptor: { message: unknown; range: readonly [number, number] }): void
  ignore(): void
  createTranslator(messages: unknown): (messageId: string) => string
}

interface ScannerRule {
  meta: { id: string; type?: string }
  create(
    context: RuleContext,
    options: Record<string, unknown>,
  ): { file?: (source: RuleSource) => unknown }
}

/** The filter rule of the preset only hides hits behind `secretlint-disable` comments: not ours. */
const SCANNERS = (recommendedRules as unknown as ScannerRule[]).filter(
  (rule) => rule.meta.type !== 'filter',
)

/** Options that widen a rule beyond its default, each a choice made for a client report. */
const RULE_OPTIONS: Record<string, Record<string, unknown>> = {
  // An access key id (AKIA…) in a client report is already too much, even without its secret.
  '@secretlint/secretlint-rule-aws': { enableIDScanRule: true },
}

/**
 * Messages whose rule reports the length of the secret from the start of the whole match (the
 * `aws_secret_access_key = ` or `_authToken=` before it), so the range stops inside the secret.
 * Such a range is carried to the end of the value, so masking it hides the whole secret.
 */
const RANGE_STOPS_SHORT = new Set(['AWSSecretAccessKey', 'Npmrc_authToken'])

function toEndOfValue(text: string, end: number): number {
  const rest = /^[^\s"'`,;]*/.exec(text.slice(end))
  return end + (rest?.[0].length ?? 0)
}

export function secretlintFindings(text: string): SecretlintFinding[] {
  const findings: SecretlintFinding[] = []
  // The GCP rule looks for a service account key only in what it is told is a JSON file.
  const ext = text.trimStart().startsWith('{') ? '.json' : ''
  const source: RuleSource = { content: text, contentType: 'text', ext, filePath: undefined }
  for (const rule of SCANNERS) {
    const ruleId = rule.meta.id
    const context: RuleContext = {
      // The translator gives back the message's id: the secretlint message quotes the secret.
      createTranslator: () => (messageId) => messageId,
      report: ({ message, range }) => {
        const messageId = typeof message === 'string' ? message : ''
        const [start, end] = range
        findings.push({
          ruleId,
          messageId,
          start,
          end: RANGE_STOPS_SHORT.has(messageId) ? toEndOfValue(text, end) : end,
        })
      },
      ignore: () => undefined,
    }
    // Every scanner of the preset reports synchronously when it has no file path to read.
    void rule.create(context, RULE_OPTIONS[ruleId] ?? {}).file?.(source)
  }
  return findings
}
