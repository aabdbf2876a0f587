import { describe, expect, it } from 'vitest'
import { fileInput, openedFileInput } from './capture-sources'

describe('capture sources: names as they will be shown', () => {
  it('drops bidi controls from a dropped or pasted file’s name', async () => {
    const input = fileInput(new File(['MZ'], 'invoice\u202Efdp.exe'))
    expect(input.name).toBe('invoicefdp.exe')
    expect((await input.load()).fileName).toBe('invoicefdp.exe')
  })

  it('drops bidi controls from a chosen file’s name', async () => {
    const input = openedFileInput({ name: 'scan\u2067fdp.\u2069exe', bytes: new Uint8Array([1]) })
    expect(input.name).toBe('scanfdp.exe')
    expect((await input.load()).fileName).toBe('scanfdp.exe')
  })
})
