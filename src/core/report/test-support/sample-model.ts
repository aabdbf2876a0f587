import { A4_PAGE, type ReportModel } from '../model'

/** A tiny valid 2×2 PNG, so the packing tests embed a real image. */
export const TINY_PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
)

/** When the test reports are packed: a fixed time, so a report's bytes are the same every run. */
export const PACKED_AT = Date.UTC(2026, 10, 28, 10, 0)

/** A report model that uses every kind of block once. */
export function sampleModel(): ReportModel {
  return {
    language: 'en',
    page: A4_PAGE,
    cover: {
      title: 'Engineering Practices Audit',
      subtitle: 'Incident Response maturity assessment',
      client: 'Northwind Traders',
      system: 'Payments platform',
      firm: 'Ruiz Consulting',
      auditors: ['Ana Ruiz'],
      date: '28 November 2026',
      marking: 'Confidential',
      edition: 'client',
      logoMediaId: 'logo',
    },
    headerText: 'Northwind Traders · Payments platform',
    accentColor: '1F5F8B',
    media: [
      { id: 'logo', type: 'png', width: 2, height: 2, altText: 'Ruiz Consulting logo' },
      { id: 'ev-1', type: 'png', width: 1600, height: 900, altText: 'PagerDuty schedule' },
    ],
    body: [
      { kind: 'tableOfContents' },
      { kind: 'heading', level: 1, text: 'Executive summary', pageBreakBefore: true },
      { kind: 'paragraph', style: 'lead', spans: [{ text: 'Incident response is Reachable.' }] },
      {
        kind: 'chart',
        chart: {
          id: 'section-scores',
          title: 'Section scores',
          axisTitle: 'Score (%)',
          bars: [
            {
              id: 'incident-response',
              label: '35 · Incident Response',
              value: 62,
              valueText: '62%',
              note: 'Level 2 · Reachable',
              style: 'solid',
            },
          ],
          altText: 'Section scores: 35 · Incident Response 62%, level 2 of 5 (Reachable).',
        },
      },
      { kind: 'heading', level: 2, text: 'Findings' },
      { kind: 'bullets', items: [[{ text: 'No weekend rota', bold: true }]] },
      {
        kind: 'numbered',
        items: [
          [{ text: 'Staff a weekend rota' }],
          [
            { text: 'Follow the ' },
            { text: 'on-call guide', link: 'https://example.com/on-call', italic: true },
          ],
        ],
      },
      {
        kind: 'table',
        columns: [
          { header: 'Finding', width: 60 },
          { header: 'Severity', width: 40 },
        ],
        rows: [
          [
            { spans: [{ text: 'No weekend rota\nsecond line' }] },
            { spans: [{ text: 'High' }], tone: 'bad' },
          ],
        ],
        caption: 'Table 1. Findings',
      },
      { kind: 'keyValues', rows: [{ key: 'SHA-256', value: [{ text: 'ab12', mono: true }] }] },
      { kind: 'heading', level: 3, text: 'Evidence' },
      { kind: 'image', mediaId: 'ev-1', caption: 'Figure 1. PagerDuty schedule' },
      { kind: 'paragraph', style: 'quote', spans: [{ text: "Who's getting paged at 2am?" }] },
      { kind: 'paragraph', style: 'note', spans: [{ text: 'A note', muted: true, italic: true }] },
      { kind: 'pageBreak' },
    ],
  }
}
