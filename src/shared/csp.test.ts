import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, WEB_PREVIEW_CONTENT_SECURITY_POLICY } from './csp'

const directives = new Map(
  CONTENT_SECURITY_POLICY.split('; ').map((directive) => {
    const [name = '', ...sources] = directive.split(' ')
    return [name, sources] as const
  }),
)

describe('content security policy', () => {
  it('allows nothing by default and names no remote origin', () => {
    expect(directives.get('default-src')).toEqual(["'none'"])
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/)
  })

  it('runs only the app’s own scripts and workers, with no eval of any kind', () => {
    expect(directives.get('script-src')).toEqual(["'self'"])
    // pdf.js's worker, like the app's own, is loaded from a file of the app.
    expect(directives.get('worker-src')).toContain("'self'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-inline/)
  })

  it('frames nothing and is framed by nothing', () => {
    expect(directives.has('frame-src')).toBe(false)
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('frame-ancestors')).toEqual(["'none'"])
  })

  it('lets the web preview reach only 127.0.0.1, by any port, and only to connect', () => {
    expect(WEB_PREVIEW_CONTENT_SECURITY_POLICY).toBe(
      CONTENT_SECURITY_POLICY.replace(
        "connect-src 'self' blob:",
        "connect-src 'self' blob: http://127.0.0.1:*",
      ),
    )
  })
})
