import { describe, expect, it } from 'vitest'
import { actionForKey } from './editor-keys'
import {
  currentSize,
  editorReducer,
  initialEditorState,
  type EditorAction,
  type EditorState,
} from './editor-state'

const size = { width: 400, height: 300 }
const run = (actions: EditorAction[], state: EditorState = initialEditorState(size)) =>
  actions.reduce(editorReducer, state)
const key = (
  k: string,
  mods: Partial<Record<'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {},
) =>
  actionForKey(
    { key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods },
    size,
    false,
  )

describe('the image editor by keyboard', () => {
  it('picks a tool, moves and resizes a centred selection, and applies it as an edit', () => {
    const keys = ['r', 'ArrowLeft', 'ArrowLeft', 'ArrowDown', 'Enter']
    const actions = keys.map((k) => key(k)).filter((a) => a !== undefined)
    const state = run(
      [...actions, key('ArrowRight', { shiftKey: true })].filter((a) => a !== undefined),
    )
    // Centred quarter (100 × 75 at 150, 113), moved 2 steps left (4 px each) and 1 down.
    expect(state.edits).toEqual([
      { op: 'redact', rect: { x: 142, y: 117, width: 100, height: 75 }, color: '#000000' },
    ])
    expect(state.selection).toBeUndefined()
  })

  it('resizes from the second corner with Shift, ten times further with Alt, and stops at the edge when moving', () => {
    let state = run([{ type: 'tool', tool: 'highlight' }])
    state = run(
      [key('ArrowRight', { shiftKey: true, altKey: true })].flatMap((a) => (a ? [a] : [])),
      state,
    )
    expect(state.selection?.to.x).toBe(250 + 40)
    state = run([{ type: 'move', dx: 10_000, dy: 0 }], state)
    expect(state.selection?.to.x).toBe(400)
  })

  it('undoes and redoes, and a new edit clears what could be redone', () => {
    const select = {
      type: 'select',
      selection: { from: { x: 0, y: 0 }, to: { x: 10, y: 10 } },
    } as const
    let state = run([{ type: 'tool', tool: 'redact' }, select, { type: 'apply' }])
    state = run([{ type: 'undo' }], state)
    expect(state.edits).toEqual([])
    state = run([{ type: 'redo' }], state)
    expect(state.edits).toHaveLength(1)
    state = run([{ type: 'undo' }, select, { type: 'apply' }], state)
    expect(state.undone).toEqual([])
    expect(key('z', { ctrlKey: true })).toEqual({ type: 'undo' })
    expect(key('Z', { ctrlKey: true, shiftKey: true })).toEqual({ type: 'redo' })
    expect(key('y', { metaKey: true })).toEqual({ type: 'redo' })
  })

  it('numbers callouts in order and needs words for a label', () => {
    const at = { type: 'select', selection: { from: { x: 5, y: 5 }, to: { x: 5, y: 5 } } } as const
    let state = run([
      { type: 'tool', tool: 'callout' },
      at,
      { type: 'apply' },
      at,
      { type: 'apply' },
    ])
    expect(state.edits.map((e) => (e.op === 'callout' ? e.number : 0))).toEqual([1, 2])
    state = run([{ type: 'tool', tool: 'label' }, at, { type: 'apply' }], state)
    expect(state.edits).toHaveLength(2)
    state = run([{ type: 'label-text', text: 'on call' }, { type: 'apply' }], state)
    expect(state.edits.at(-1)).toMatchObject({ op: 'label', text: 'on call', at: { x: 5, y: 5 } })
  })

  it('crops, after which the image is the crop and selections stay inside it', () => {
    const state = run([
      { type: 'tool', tool: 'crop' },
      { type: 'select', selection: { from: { x: 300, y: 200 }, to: { x: 100, y: 50 } } },
      { type: 'apply' },
      { type: 'select', selection: { from: { x: -5, y: 0 }, to: { x: 900, y: 900 } } },
    ])
    expect(state.edits).toEqual([{ op: 'crop', rect: { x: 100, y: 50, width: 200, height: 150 } }])
    expect(currentSize(state)).toEqual({ width: 200, height: 150 })
    expect(state.selection).toEqual({ from: { x: 0, y: 0 }, to: { x: 200, y: 150 } })
  })

  it('applies nothing for an empty selection', () => {
    const state = run([
      { type: 'select', selection: { from: { x: 5, y: 5 }, to: { x: 5, y: 40 } } },
      { type: 'apply' },
    ])
    expect(state.edits).toEqual([])
  })

  it('leaves plain keys to a text field but keeps undo', () => {
    expect(
      actionForKey(
        { key: 'r', shiftKey: false, ctrlKey: false, metaKey: false, altKey: false },
        size,
        true,
      ),
    ).toBeUndefined()
    expect(key('+')).toEqual({ type: 'zoom', direction: 'in' })
  })
})
