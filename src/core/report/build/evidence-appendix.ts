import { questionKey } from '../../content/lookup'
import type { ReportBlock, ReportMedia } from '../model'
import type { ReportText } from '../text/report-text'
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
  words: ReportText,
): { blocks: ReportBlock[]; media: ReportMedia[] } {
  const labels = words.evidence
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
    { kind: 'heading', level: 1, text: labels.heading, pageBreakBefore: true },
    {
      kind: 'paragraph',
      spans: [
        {
          text: ordered.length === 0 ? labels.none : labels.intro,
        },
      ],
    },
  ]
  for (const { item, image, original } of ordered) {
    const number = numbers.get(item.id) ?? '?'
    const title = item.caption.trim() || item.fileName
    blocks.push(
      { kind: 'heading', level: 3, text: labels.itemHeading({ number, title }) },
      {
        kind: 'keyValues',
        rows: [
          {
            key: labels.file,
            value: [{ text: item.kind === 'link' && item.url ? item.url : item.fileName }],
          },
          {
            key: labels.typeAndSize,
            value: [
              {
                text: labels.typeAndSizeValue({
                  mediaType: item.mediaType,
                  size: formatByteSize(item.size),
                }),
              },
            ],
          },
          {
            key: labels.captured,
            value: [
              {
                text: labels.capturedValue({
                  when: longDateTime(item.capturedAt, input.timeZone, words),
                  by: item.capturedBy || labels.unknownPerson,
                }),
              },
            ],
          },
          { key: labels.sha256, value: [{ text: item.sha256, mono: true }] },
          ...(original
            ? [
                {
                  key: labels.original,
                  value: [
                    { text: `${original.redacted ? labels.redactedFrom : labels.editedFrom} ` },
                    { text: original.sha256, mono: true },
                  ],
                },
              ]
            : []),
          {
            key: labels.supports,
            value: [
              {
                text:
                  item.questionKeys.map((k) => prompts.get(k) ?? k).join('\n') || labels.noQuestion,
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
      blocks.push({
        kind: 'image',
        mediaId: image.mediaId,
        caption: labels.imageCaption({ number, title }),
      })
    }
  }
  return { blocks, media }
}
