import { z } from 'zod'

export interface Rectangle {
  x: number
  y: number
  width: number
  height: number
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 840 } as const
/** Below this the interview screen (question, answer, evidence side by side) stops working. */
export const MIN_WINDOW_SIZE = { width: 900, height: 600 } as const
/** How much of a window must lie on a screen for it to count as reachable. */
const MIN_VISIBLE = { width: 120, height: 60 }

const coordinate = z.number().int().min(-100_000).max(100_000)
const length = z.number().int().min(1).max(100_000)

export const windowStateSchema = z.object({
  x: coordinate.optional(),
  y: coordinate.optional(),
  width: length,
  height: length,
  isMaximized: z.boolean(),
})
export type WindowState = z.infer<typeof windowStateSchema>

/** The saved state, or null when the file is missing, corrupt or from a future version. */
export function parseWindowState(text: string): WindowState | null {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return null
  }
  const parsed = windowStateSchema.safeParse(json)
  return parsed.success ? parsed.data : null
}

function overlapArea(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return width >= MIN_VISIBLE.width && height >= MIN_VISIBLE.height ? width * height : 0
}

const clamp = (value: number, min: number, max: number): number =>
  Math.max(min, Math.min(value, max))

/**
 * Fits a remembered window onto the screens attached now (`workAreas`, primary first): a window
 * last seen on an unplugged monitor must not open off-screen. The size is kept when it fits,
 * shrunk to the screen otherwise; the position is kept only if the window is still reachable.
 */
export function fitWindowState(saved: WindowState | null, workAreas: Rectangle[]): WindowState {
  const state = saved ?? { ...DEFAULT_WINDOW_SIZE, isMaximized: false }
  const primary = workAreas[0]
  if (!primary) return state

  const withPosition = state.x !== undefined && state.y !== undefined
  const rect = { x: state.x ?? 0, y: state.y ?? 0, width: state.width, height: state.height }
  const best = withPosition
    ? workAreas
        .map((area) => ({ area, overlap: overlapArea(rect, area) }))
        .filter(({ overlap }) => overlap > 0)
        .sort((a, b) => b.overlap - a.overlap)[0]?.area
    : undefined
  const screen = best ?? primary

  const width = clamp(state.width, Math.min(MIN_WINDOW_SIZE.width, screen.width), screen.width)
  const height = clamp(state.height, Math.min(MIN_WINDOW_SIZE.height, screen.height), screen.height)
  if (!best) return { width, height, isMaximized: state.isMaximized } // let the OS centre it

  return {
    x: clamp(rect.x, screen.x, screen.x + screen.width - width),
    y: clamp(rect.y, screen.y, screen.y + screen.height - height),
    width,
    height,
    isMaximized: state.isMaximized,
  }
}
