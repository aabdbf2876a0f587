import { builtinPack } from '../../content/builtin'
import { asPackText, fillText } from '../../test-support/hostile-text'
import type { ArchiveSnapshot, Sha256 } from '../types'
import { NOW, sampleSnapshot } from './archive-fixtures'

/**
 * The sample snapshot with every text field filled from `next`: audits, answers and evidence
 * requests, preparation answers, finding edits (every overridable text), evidence (file names,
 * captions, who captured it), settings (the profile and the report options), and content pack
 * text, both the audits' copies and an installed pack, kept within what the pack schema lets in.
 */
export async function hostileSnapshot(
  next: () => string,
  sha256: Sha256,
): Promise<ArchiveSnapshot> {
  const snapshot = await sampleSnapshot(sha256)
  const packText = () => asPackText(next())
  const { data } = snapshot
  return {
    ...snapshot,
    data: {
      ...data,
      audits: fillText(data.audits, next),
      auditContents: fillText(data.auditContents, packText),
      answers: fillText(data.answers, next),
      preparationAnswers: fillText(data.preparationAnswers, next),
      findingEdits: fillText(
        data.findingEdits.map((edit) => ({ ...edit, title: '', gap: '', recommendation: '' })),
        next,
      ),
      evidence: fillText(data.evidence, next),
      settings: fillText(
        [
          ...data.settings,
          {
            key: 'reportOptions',
            value: {
              title: '',
              marking: '',
              includeEvidenceAppendix: true,
              embedImages: true,
              includeNotes: true,
            },
          },
        ],
        next,
      ),
      packs: [
        {
          id: 'hostile-pack',
          version: '1.0.0',
          installedAt: NOW,
          pack: fillText(
            { ...builtinPack, id: 'hostile-pack', publisher: '', description: '' },
            packText,
          ),
        },
      ],
    },
  }
}
