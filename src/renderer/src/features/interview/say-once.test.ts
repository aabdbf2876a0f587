import { beforeEach, describe, expect, it } from 'vitest'
import { useToasts } from '../../components/toast-store'
import { sayOnce } from './say-once'

const messages = () => useToasts.getState().toasts.map((toast) => toast.message)

describe('saying why a key did nothing', () => {
  beforeEach(() => useToasts.setState({ toasts: [] }))

  it('shows the message once however often the key is pressed while it shows', () => {
    sayOnce('This audit is final.')
    sayOnce('This audit is final.')
    sayOnce('This audit is final.')
    expect(messages()).toEqual(['This audit is final.'])
    expect(useToasts.getState().toasts[0]!.tone).toBe('info')
  })

  it('shows it again once the first has gone, and a different message beside it', () => {
    sayOnce('This audit is final.')
    useToasts.getState().dismiss(useToasts.getState().toasts[0]!.id)
    sayOnce('This audit is final.')
    sayOnce('This is a preview.')
    expect(messages()).toEqual(['This audit is final.', 'This is a preview.'])
  })
})
