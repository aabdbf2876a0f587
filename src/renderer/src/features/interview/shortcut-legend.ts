import { SHORTCUTS, type Shortcut } from './shortcuts'

/** One line of the legend: the keys as printed, and what they do. */
export interface LegendLine {
  keys: string[]
  /** Pressed together (Ctrl + Enter), rather than alternatives (J →). */
  chord: boolean
  does: string
}

const KEY_LABELS: Readonly<Record<string, string>> = {
  ArrowRight: '→',
  ArrowLeft: '←',
  Escape: 'Esc',
}

/** How the legend prints a `KeyboardEvent.key`: "j" as "J", "ArrowRight" as "→". */
export function keyLabel(key: string): string {
  return KEY_LABELS[key] ?? (key.length === 1 ? key.toUpperCase() : key)
}

/**
 * The legend, made from the shortcuts the handler reads, so the two cannot drift: shortcuts in a
 * row that do the same thing share a line ("S V  Stated / verified"), and a key that differs only
 * in case is printed once ("N" for n and N).
 */
export function shortcutLegend(shortcuts: readonly Shortcut[] = SHORTCUTS): LegendLine[] {
  const lines: LegendLine[] = []
  for (const shortcut of shortcuts) {
    const chord = shortcut.scope === 'command'
    const labels = shortcut.keys.map(keyLabel)
    const last = lines.at(-1)
    const line =
      last && last.does === shortcut.does && last.chord === chord
        ? last
        : { keys: chord ? ['Ctrl'] : [], chord, does: shortcut.does }
    if (line !== last) lines.push(line)
    for (const label of labels) if (!line.keys.includes(label)) line.keys.push(label)
  }
  return lines
}
