// The part of electronegativity's API that security-scan.mjs uses: the package has no typings.
declare module '@doyensec/electronegativity' {
  export interface Issue {
    id: string
    severity: { name: string }
    confidence: { name: string }
    file: string
    location?: { line: number }
    sample?: string
    description: string
  }
  export interface ParseError {
    file: string
    message: string
    tolerable: boolean
  }
  export default function electronegativity(options: {
    input: string
    isRelative: boolean
    electronVersionOverride: string
    excludeFromScan: string[]
    customScan: string[]
    parserPlugins: string[]
  }): Promise<{ issues: Issue[]; errors: ParseError[] }>
}
