import type { Locator, Page } from '@playwright/test'

/** The image editor (annotate and redact), open over the locker or the interview. */
export class ImageEditorDialog {
  readonly dialog: Locator
  readonly stage: Locator
  readonly canvas: Locator
  readonly status: Locator
  readonly save: Locator
  readonly cancel: Locator

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: /^Edit or redact / })
    this.stage = this.dialog.getByRole('application', { name: 'Image' })
    this.canvas = this.dialog.locator('canvas[data-ready="true"]')
    this.status = this.dialog.getByRole('status')
    this.save = this.dialog.getByRole('button', { name: 'Save as a new version' })
    this.cancel = this.dialog.getByRole('button', { name: 'Cancel' })
  }

  tool(label: string): Locator {
    return this.dialog.getByRole('toolbar', { name: 'Image editing tools' }).getByRole('button', {
      name: label,
      exact: true,
    })
  }

  /** Presses keys one after another, as a person at the keyboard would. */
  async press(...keys: string[]): Promise<void> {
    for (const key of keys) await this.page.keyboard.press(key)
  }
}
