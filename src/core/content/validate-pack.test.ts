import { describe, expect, it } from 'vitest'
import { builtinPack } from './builtin'
import type { PackError } from './pack-errors'
import { MAX_PACK_BYTES, parseContentPack, parseContentPackJson } from './validate-pack'

const REMOVE = Symbol('remove')

/**
 * A copy of `base` (the built-in pack by default) with one field set or removed, addressed by a
 * dotted path such as `sections.0.title`: the way a hand-edited pack file goes wrong.
 */
function changed(path: string, value: unknown, base: unknown = builtinPack): unknown {
  const pack: unknown = structuredClone(base)
  const keys = path.split('.')
  const last = keys.pop() ?? ''
  let node = pack as Record<string, unknown>
  for (const key of keys) node = node[key] as Record<string, unknown>
  if (value === REMOVE) delete node[last]
  else node[last] = value
  return pack
}

const Q = 'sections[0].checks'
const SLUG = 'must be lower-case letters, digits and single hyphens'

const cases: { name: string; input: unknown; errors: PackError[] }[] = [
  {
    name: 'a section without a title',
    input: changed('sections.0.title', REMOVE),
    errors: [{ path: 'sections[0].title', message: 'is required' }],
  },
  {
    name: 'a blank title',
    input: changed('sections.0.title', '   '),
    errors: [{ path: 'sections[0].title', message: 'must not be empty' }],
  },
  {
    name: 'an id that is not a slug',
    input: changed('sections.0.checks.0.id', 'On Call'),
    errors: [{ path: `${Q}[0].id`, message: SLUG }],
  },
  {
    name: 'a question id used twice in a section, across checks',
    input: changed('sections.0.checks.2.questions.0.id', 'who-gets-paged'),
    errors: [
      {
        path: `${Q}[2].questions[0].id`,
        message: `must be unique in its section: "who-gets-paged" is also used by ${Q}[0].questions[0]`,
      },
    ],
  },
  {
    name: 'a check id used twice',
    input: changed('sections.0.checks.1.id', 'post-mortems'),
    errors: [
      {
        path: `${Q}[2].id`,
        message: `must be unique in its section: "post-mortems" is also used by ${Q}[1]`,
      },
    ],
  },
  {
    name: 'a preparation id used twice',
    input: changed('sections.0.preparation.3.id', 'incident-tools'),
    errors: [
      {
        path: 'sections[0].preparation[3].id',
        message:
          'must be unique in its section: "incident-tools" is also used by sections[0].preparation[1]',
      },
    ],
  },
  {
    name: 'a section id used twice in the pack',
    input: changed('sections.1', builtinPack.sections[0]),
    errors: [
      {
        path: 'sections[1].id',
        message: 'must be unique in the pack: "incident-response" is also used by sections[0]',
      },
    ],
  },
  {
    name: 'an outcomeId that names no outcome of the section',
    input: changed('sections.0.checks.1.questions.2.outcomeId', 'documented'),
    errors: [
      {
        path: `${Q}[1].questions[2].outcomeId`,
        message:
          '"documented" is not an outcome of this section; use one of: owned, reachable, runbooked, learning, improving',
      },
    ],
  },
  {
    name: 'an outcome no question evidences',
    input: changed('sections.0.checks.2.questions.1.outcomeId', 'learning'),
    errors: [
      {
        path: 'sections[0].outcomes[4]',
        message: '"Improving" is not evidenced by any question; every outcome needs at least one',
      },
    ],
  },
  {
    name: 'a fact without a label',
    input: changed('sections.0.preparation.0.factLabel', REMOVE),
    errors: [
      {
        path: 'sections[0].preparation[0].factLabel',
        message: 'is required when kind is "fact" (the label of the value to record)',
      },
    ],
  },
  {
    name: 'an unknown field',
    input: changed('sections.0.checks.0.questions.0.hint', 'ask nicely'),
    errors: [
      {
        path: `${Q}[0].questions[0].hint`,
        message: 'is not a field of a content pack (check its spelling, or remove it)',
      },
    ],
  },
  {
    name: 'a newer format version',
    input: changed('formatVersion', 2),
    errors: [
      {
        path: 'formatVersion',
        message: 'must be 1, the content-pack format this version of Audit Workbook reads',
      },
    ],
  },
  {
    name: 'a weight of 0',
    input: changed('sections.0.checks.0.questions.0.weight', 0),
    errors: [{ path: `${Q}[0].questions[0].weight`, message: 'must be greater than 0' }],
  },
  {
    name: 'a number written as text',
    input: changed('sections.0.number', '35'),
    errors: [{ path: 'sections[0].number', message: 'must be a number' }],
  },
  {
    name: 'an unknown preparation kind',
    input: changed('sections.0.preparation.3.kind', 'note'),
    errors: [{ path: 'sections[0].preparation[3].kind', message: 'must be one of "task", "fact"' }],
  },
  {
    name: 'a threshold above 1',
    input: changed('achievementThreshold', 75),
    errors: [{ path: 'achievementThreshold', message: 'must be at most 1' }],
  },
  {
    name: 'a list instead of a pack',
    input: [builtinPack],
    errors: [{ path: '', message: 'must hold a JSON object (a content pack starts with "{")' }],
  },
]

describe('parseContentPack', () => {
  it.each(cases)('refuses $name', ({ input, errors }) => {
    expect(parseContentPack(input)).toEqual({ ok: false, errors })
  })

  it('fills in the defaults a pack file may leave out', () => {
    const input = changed(
      'achievementThreshold',
      REMOVE,
      changed('sections.0.checks.0.questions.0.weight', REMOVE),
    )
    const result = parseContentPack(input)
    expect(result.ok && result.pack.achievementThreshold).toBe(0.75)
    expect(result.ok && result.pack.sections[0]?.checks[0]?.questions[0]?.weight).toBe(1)
  })

  it('reports every field problem at once, not only the first', () => {
    const input = changed('title', '', changed('sections.0.checks.0.questions.0.weight', -1))
    const result = parseContentPack(input)
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual([
      'title',
      `${Q}[0].questions[0].weight`,
    ])
  })
})

describe('parseContentPackJson', () => {
  const only = (message: string | RegExp) => ({
    ok: false,
    errors: [
      { path: '', message: typeof message === 'string' ? message : expect.stringMatching(message) },
    ],
  })

  it('accepts the built-in pack written as JSON, with or without a byte-order mark', () => {
    const text = JSON.stringify(builtinPack, null, 2)
    expect(parseContentPackJson(text)).toEqual({ ok: true, pack: builtinPack })
    expect(parseContentPackJson(`\uFEFF${text}`)).toEqual({ ok: true, pack: builtinPack })
  })

  it('refuses invalid JSON, saying where', () => {
    const text = '{\n  "id": "x",\n  "title": "y",\n}'
    expect(parseContentPackJson(text)).toEqual(only(/^is not valid JSON: .+ at line 4, column 1$/))
  })

  it('refuses truncated JSON', () => {
    expect(parseContentPackJson('{"format": "audit-workbook/')).toEqual(
      only('is not valid JSON: it ends too early (is the file complete?)'),
    )
  })

  it('refuses an empty file', () => {
    expect(parseContentPackJson('  \n')).toEqual(only('is empty; a content pack is a JSON object'))
  })

  it('refuses JSON that is not an object', () => {
    expect(parseContentPackJson('null')).toEqual(only(/^must hold a JSON object/))
  })

  it('refuses text over 5 MB before parsing it', () => {
    expect(parseContentPackJson(' '.repeat(MAX_PACK_BYTES + 1))).toEqual(
      only('is too large (5,242,881 bytes); a content pack may be at most 5 MB'),
    )
  })

  it('counts the limit in UTF-8 bytes, not characters', () => {
    const text = 'é'.repeat(MAX_PACK_BYTES / 2 + 1)
    expect(parseContentPackJson(text)).toEqual(only(/^is too large/))
  })
})
