import { builtinPack, type ContentPack } from '../content'

/**
 * The workbook the Library offers as a template: the documented layout (a Pack sheet, then a
 * sheet per section) with one example section, the built-in one under ids of its own, so the
 * template imports as it is and a consultant can overwrite it with their own questions.
 */
export const TEMPLATE_PACK: ContentPack = {
  ...builtinPack,
  id: 'my-question-bank',
  title: 'My question bank',
  version: '1.0.0',
  publisher: 'Your firm',
  description: 'A question bank in the Audit Workbook layout: one sheet per section.',
  sections: builtinPack.sections.slice(0, 1).map((section) => ({
    ...section,
    id: 'example-section',
    title: `Example: ${section.title}`,
  })),
}

/** The name the template is saved under. */
export const TEMPLATE_FILE_NAME = 'Audit Workbook question bank template.xlsx'
