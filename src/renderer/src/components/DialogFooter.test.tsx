import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { DialogFooter } from './DialogFooter'

const noop = () => {}

describe('DialogFooter', () => {
  it('writes extra buttons, then the one that leaves, then the one that acts', () => {
    const html = renderToStaticMarkup(
      <DialogFooter
        extra={<button type="button">Save a copy</button>}
        cancel={{ label: 'Cancel', onClick: noop }}
        primary={{ label: 'Delete audit', tone: 'danger', onClick: noop }}
      />,
    )
    expect(html).toBe(
      '<div class="dialog__actions">' +
        '<button type="button">Save a copy</button>' +
        '<button type="button" class="button">Cancel</button>' +
        '<button type="button" class="button button--danger">Delete audit</button>' +
        '</div>',
    )
  })

  it('submits the named form, and disables what it is told to', () => {
    const html = renderToStaticMarkup(
      <DialogFooter
        cancel={{ label: 'Cancel', onClick: noop, disabled: true }}
        primary={{ label: 'Save finding', form: 'finding-form', disabled: true }}
      />,
    )
    expect(html).toBe(
      '<div class="dialog__actions">' +
        '<button type="button" class="button" disabled="">Cancel</button>' +
        '<button type="submit" form="finding-form" class="button button--primary" disabled="">Save finding</button>' +
        '</div>',
    )
  })

  it('leaves out a button it is not given', () => {
    expect(renderToStaticMarkup(<DialogFooter cancel={{ label: 'Close', onClick: noop }} />)).toBe(
      '<div class="dialog__actions"><button type="button" class="button">Close</button></div>',
    )
  })
})
