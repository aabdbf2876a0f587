import { questionKey } from '../../content/lookup'
import type { ReportBlock, ReportMedia } from '../model'
import { formatByteSize } from '../../text/byte-size'
import { longDateTime } from './format'
import type { ReportEvidence, ReportInput } from './input'

/** "E1", "E2"… in capture order: how the chapters refer to evidence. */
export function evidenceNumbers(evidence: readonly ReportEvidence[]): Map<string, string> {
  const ordered = [...evidence].sort((a, b) => a.item.capturedAt - b.item.capturedAt)
  return new Map(ordered.map((e, i) => [e.item.id, `E${i + 1}`]))
}

/** Per question key, the numbers of the evidence supporting it. */
export function evidenceRefsByQuestion(
  evidence: readonly ReportEvidence[],
  numbers: ReadonlyMap<string, string>,
): Map<string, string[]> {
  const refs = new Map<string, string[]>()
  for (const { item } of evidence) {
    for (const key of item.questionKeys)
      refs.set(key, [...(refs.get(key) ?? []), numbers.get(item.id) ?? '?'])
  }
  return refs
}

export function evidenceAppendix(
  input: ReportInput,
  numbers: ReadonlyMap<string, string>,
): { blocks: ReportBlock[]; media: ReportMedia[] } {
  if (!input.options.includeEvidenceAppendix) return { blocks: [], media: [] }
  const prompts = new Map<string, string>(
    input.content.sections.flatMap(({ section }) =>
      section.checks.flatMap((c) =>
        c.questions.map((q) => [questionKey(section.id, q.id), q.prompt] as const),
      ),
    ),
  )
  const ordered = [...input.evidence].sort((a, b) => a.item.capturedAt - b.item.capturedAt)
  const media: ReportMedia[] = []
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: 'Evidence appendix', pageBreakBefore: true },
    {
      kind: 'paragraph',
      spans: [
        {
          text:
            ordered.length === 0
              ? 'No evidence was captured for this audit.'
              : 'Every item captured during the audit. The SHA-256 of each file was computed when it was captured; ' +
                'anyone holding the original file can recompute it to show the file is the one seen.',
        },
      ],
    },
  ]
  for (const { item, image } of ordered) {
    const number = numbers.get(item.id) ?? '?'
    const title = item.caption.trim() || item.fileName
    blocks.push(
      { kind: 'heading', level: 3, text: `${number} · ${title}` },
      {
        kind: 'keyValues',
        rows: [
          {
            key: 'File',
            value: [{ text: item.kind === 'link' && item.url ? item.url : item.fileName }],
          },
          {
            key: 'Type and size',
            value: [{ text: `${item.mediaType}, ${formatByteSize(item.size)}` }],
          },
          {
            key: 'Captured',
            value: [
              {
                text: `${longDateTime(item.capturedAt, input.timeZone)} by ${item.capturedBy || 'unknown'}`,
              },
            ],
          },
          { key: 'SHA-256', value: [{ text: item.sha256, mono: true }] },
          {
            key: 'Supports',
            value: [
              {
                text: item.questionKeys.map((k) => prompts.get(k) ?? k).join('\n') || 'No question',
              },
            ],
          },
        ],
      },
    )
    if (input.options.embedImages && image) {
      media.push({
        id: image.mediaId,
        type: image.type,
        width: image.width,
        height: image.height,
        altText: title,
      })
      blocks.push({ kind: 'image', mediaId: image.mediaId, caption: `${number}. ${title}` })
    }
  }
  return { blocks, media }
}
