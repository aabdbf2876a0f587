import { describe, expect, it } from 'vitest'
import { keyLabel, shortcutLegend } from './shortcut-legend'
import { shortcutFor, type KeyInput } from './shortcuts'

/** Every key a keyboard sends that an interview shortcut could plausibly use. */
const CANDIDATE_KEYS = [
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)),
  ...['Enter', 'Escape', 'Tab', 'Backspace', 'Delete', 'Home', 'End', 'PageUp', 'PageDown'],
  ...['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'F1', 'F2', 'F10'],
]

/** Every press of every candidate key: alone, with each modifier, in and out of a text field. */
const PRESSES: KeyInput[] = CANDIDATE_KEYS.flatMap((key) =>
  [false, true].flatMap((inTextField) =>
    [{}, { ctrlKey: true }, { metaKey: true }, { altKey: true }].map((modifier) => ({
      key,
      ctrlKey: false,
      metaKey: false,
      altKey: false,
      inTextField,
      ...modifier,
    })),
  ),
)

describe('shortcutLegend', () => {
  it('reads as the interview has always shown it', () => {
    expect(shortcutLegend().map(({ keys, does }) => ({ keys, does }))).toEqual([
      { keys: ['1'], does: 'Met' },
      { keys: ['2'], does: 'Partially met' },
      { keys: ['3'], does: 'Not met' },
      { keys: ['4', '0', 'N'], does: 'Not applicable' },
      { keys: ['J', '→'], does: 'Next question' },
      { keys: ['K', '←'], does: 'Previous question' },
      { keys: ['U'], does: 'Next unanswered' },
      { keys: ['S', 'V'], does: 'Stated / verified' },
      { keys: ['F'], does: 'Flag for follow-up' },
      { keys: ['E'], does: 'Write notes' },
      { keys: ['I'], does: 'Notes internal / for the client' },
      { keys: ['Esc'], does: 'Leave a text field' },
      { keys: ['Ctrl', 'Enter'], does: 'Next, from anywhere' },
      { keys: ['/'], does: 'Search questions' },
    ])
    expect(
      shortcutLegend()
        .filter((line) => line.chord)
        .map((line) => line.does),
    ).toEqual(['Next, from anywhere'])
  })

  it('shows every key the interview acts on, as a chord where Ctrl/Cmd is what makes it act', () => {
    const legend = shortcutLegend()
    const handled = PRESSES.filter((press) => shortcutFor(press) !== undefined)
    expect(handled.length).toBeGreaterThan(20)
    for (const press of handled) {
      const alone = { ...press, ctrlKey: false, metaKey: false }
      const chord =
        (press.ctrlKey || press.metaKey) &&
        JSON.stringify(shortcutFor(alone)) !== JSON.stringify(shortcutFor(press))
      const line = legend.find((l) => l.keys.includes(keyLabel(press.key)) && l.chord === chord)
      expect(line, `${JSON.stringify(press)} is handled but not in the legend`).toBeDefined()
    }
  })

  it('shows no key the interview ignores', () => {
    for (const line of shortcutLegend()) {
      for (const label of line.keys.filter((k) => k !== 'Ctrl')) {
        const acted = PRESSES.some(
          (press) =>
            keyLabel(press.key) === label &&
            (press.ctrlKey || press.metaKey) === line.chord &&
            shortcutFor(press) !== undefined,
        )
        expect(acted, `the legend shows ${label} for “${line.does}”`).toBe(true)
      }
    }
  })
})
