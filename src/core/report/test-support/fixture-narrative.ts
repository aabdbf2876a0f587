import type { AuditNarrative } from '../../narrative/parts'
import type { RichText } from '../../narrative/rich-text'

/** A written executive summary with every mark and kind of block the editor offers. */
export const WRITTEN_SUMMARY: RichText = {
  blocks: [
    {
      kind: 'paragraph',
      inlines: [
        { text: 'Incident response at Northwind is ' },
        { text: 'improving', bold: true },
        { text: ', though ' },
        { text: 'not yet dependable', italic: true },
        { text: '; see the ' },
        { text: 'SRE handbook', link: 'https://sre.example.com/handbook?team=payments&v=2' },
        { text: '.' },
      ],
    },
    {
      kind: 'bullets',
      items: [
        [{ text: 'On-call is staffed around the clock' }],
        [{ text: 'Runbooks are missing' }],
      ],
    },
    {
      kind: 'numbered',
      items: [
        [{ text: 'Write the first three runbooks' }],
        [{ text: 'Rehearse a major incident' }],
      ],
    },
  ],
}

function paragraphs(...texts: string[]): RichText {
  return { blocks: texts.map((text) => ({ kind: 'paragraph', inlines: [{ text }] })) }
}

/** Every part of the narrative written, each with words a test can find. */
export function fixtureNarrative(sectionId: string): AuditNarrative {
  return {
    parts: {
      'executive-summary': WRITTEN_SUMMARY,
      'scope-and-approach': paragraphs('We interviewed the payments SRE team over two days.'),
      'key-recommendations': {
        blocks: [
          {
            kind: 'numbered',
            items: [[{ text: 'Staff a weekend rota' }], [{ text: 'Publish runbooks' }]],
          },
        ],
      },
      limitations: paragraphs('Production access was not granted; nothing was observed live.'),
      'next-steps': paragraphs('We will re-assess in six months.'),
    },
    sectionViews: {
      [sectionId]: paragraphs('The team responds quickly but improvises every time.'),
    },
  }
}
