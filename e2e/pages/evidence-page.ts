import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import type { Locator, Page } from '@playwright/test'

/** A file to hand to the app: its name, type and bytes. */
export interface FixtureFile {
  name: string
  mimeType: string
  buffer: Buffer
}

export function fixtureFile(path: string, mimeType: string): FixtureFile {
  return { name: basename(path), mimeType, buffer: readFileSync(path) }
}

/** A DataTransfer holding one file, built in the page (as a drag or a paste would carry it). */
async function dataTransferWith(page: Page, file: FixtureFile) {
  return page.evaluateHandle(
    ({ name, mimeType, base64 }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
      const transfer = new DataTransfer()
      transfer.items.add(new File([bytes], name, { type: mimeType }))
      return transfer
    },
    { name: file.name, mimeType: file.mimeType, base64: file.buffer.toString('base64') },
  )
}

/** The evidence area of the question on the interview screen. */
export class QuestionEvidencePanel {
  readonly region: Locator
  readonly tiles: Locator
  readonly addFiles: Locator
  readonly pasteScreenshot: Locator
  readonly addLink: Locator
  readonly addSnippet: Locator
  readonly progress: Locator
  readonly problems: Locator

  constructor(readonly page: Page) {
    this.region = page.getByRole('main', { name: 'Question' }).getByRole('region', {
      name: 'Evidence',
      exact: true,
    })
    // Each tile opens its item; an image's tile also has "Edit / redact" under it.
    this.tiles = this.region
      .getByRole('list', { name: 'Evidence for this question' })
      .getByRole('button', { name: /^Open / })
    this.addFiles = this.region.getByRole('button', { name: 'Add files…' })
    this.pasteScreenshot = this.region.getByRole('button', { name: 'Paste screenshot' })
    this.addLink = this.region.getByRole('button', { name: 'Add link…' })
    this.addSnippet = this.region.getByRole('button', { name: 'Add text snippet…' })
    this.progress = this.region.getByRole('status')
    this.problems = this.region.getByRole('alert')
  }

  tile(name: string): Locator {
    return this.tiles.filter({ hasText: name })
  }

  /** Through the file picker: the browser bridge opens a hidden file input. */
  async attach(...files: FixtureFile[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser')
    await this.addFiles.click()
    await (await chooser).setFiles(files)
  }

  /** A drop on the evidence area, as the browser sends it when files are dragged in. */
  async drop(file: FixtureFile): Promise<void> {
    const dataTransfer = await dataTransferWith(this.page, file)
    await this.region.dispatchEvent('dragover', { dataTransfer })
    await this.region.dispatchEvent('drop', { dataTransfer })
  }

  /** Ctrl/Cmd+V outside a text field, as the browser sends it with an image on the clipboard. */
  async paste(file: FixtureFile): Promise<void> {
    const clipboardData = await dataTransferWith(this.page, file)
    await this.page.evaluate((data) => {
      document.body.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      )
    }, clipboardData)
  }
}

/** The evidence locker of an audit. */
export class EvidenceLockerPage {
  readonly heading: Locator
  readonly list: Locator
  readonly items: Locator
  readonly count: Locator
  readonly verify: Locator
  readonly verifyResult: Locator
  readonly filters: Locator
  readonly emptyState: Locator

  constructor(readonly page: Page) {
    const main = page.getByRole('main', { name: 'Evidence locker' })
    this.heading = main.getByRole('heading', { name: 'Evidence locker' })
    this.list = main.getByRole('list', { name: 'Evidence items' })
    this.items = this.list.locator(':scope > li')
    this.count = main.locator('.locker__count')
    this.verify = main.getByRole('button', { name: 'Verify evidence' })
    this.verifyResult = main.locator('.verify-result')
    this.filters = main.getByRole('group', { name: 'Filter evidence' })
    this.emptyState = main.getByRole('region', { name: 'No evidence yet' })
  }

  /** Opens the locker through the audit's "Evidence" tab. */
  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Audit views' })
      .getByRole('link', { name: 'Evidence' })
      .click()
    await this.heading.waitFor()
  }

  item(fileName: string): Locator {
    return this.items.filter({
      has: this.page.getByRole('heading', { name: fileName, exact: true }),
    })
  }

  hash(fileName: string): Locator {
    return this.page.getByLabel(`SHA-256 of ${fileName}`, { exact: true })
  }

  caption(fileName: string): Locator {
    return this.page.getByLabel(`Caption for ${fileName}`, { exact: true })
  }

  filter(name: 'Section' | 'Check' | 'Question' | 'Type' | 'Versions'): Locator {
    return this.filters.getByLabel(name, { exact: true })
  }

  async linkToQuestion(fileName: string, questionLabel: string): Promise<void> {
    const item = this.item(fileName)
    const select = item.getByLabel(`Link ${fileName} to another question`)
    // As a person does: the select is reached first, and then offers the audit's questions.
    await select.focus()
    await select.selectOption({ label: questionLabel })
    await item.getByRole('button', { name: 'Link', exact: true }).click()
  }
}

/** The app's own PDF viewer, inside an evidence preview dialog. */
export class PdfViewerPanel {
  readonly pageCount: Locator
  readonly canvas: Locator
  readonly stage: Locator
  readonly previous: Locator
  readonly next: Locator
  readonly zoomIn: Locator
  readonly zoomOut: Locator
  readonly fitWidth: Locator
  /** The zoom shown between the zoom buttons, e.g. "125%". */
  readonly zoomLevel: Locator
  readonly problem: Locator

  constructor(readonly dialog: Locator) {
    const controls = dialog.getByRole('group', { name: 'Pages and zoom' })
    this.pageCount = controls.getByText(/^Page \d+ of \d+$/)
    this.canvas = dialog.locator('canvas')
    this.stage = dialog.locator('.pdf-viewer__stage')
    this.previous = controls.getByRole('button', { name: 'Previous page' })
    this.next = controls.getByRole('button', { name: 'Next page' })
    this.zoomIn = controls.getByRole('button', { name: 'Zoom in' })
    this.zoomOut = controls.getByRole('button', { name: 'Zoom out' })
    this.fitWidth = controls.getByRole('button', { name: 'Fit width' })
    this.zoomLevel = controls.getByLabel('Zoom', { exact: true })
    this.problem = dialog.getByRole('alert')
  }

  /** The drawn page, by its accessible name ("Page 1 of 3 of report.pdf"). */
  pageImage(name: string): Locator {
    return this.dialog.getByRole('img', { name, exact: true })
  }

  /** The colour drawn at a point of the page, given as shares of its width and height. */
  async colourAt(x: number, y: number): Promise<[number, number, number]> {
    return this.canvas.evaluate(
      (canvas: HTMLCanvasElement, [x, y]) => {
        const context = canvas.getContext('2d')!
        const { data } = context.getImageData(
          Math.floor(canvas.width * x),
          Math.floor(canvas.height * y),
          1,
          1,
        )
        return [data[0]!, data[1]!, data[2]!] as [number, number, number]
      },
      [x, y] as const,
    )
  }

  /** The share of the canvas's pixels that are not blank (neither transparent nor white). */
  async inkedShare(): Promise<number> {
    return this.canvas.evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height)
      let inked = 0
      for (let i = 0; i < data.length; i += 4) {
        const blank =
          data[i + 3] === 0 || (data[i]! > 250 && data[i + 1]! > 250 && data[i + 2]! > 250)
        if (!blank) inked++
      }
      return inked / (data.length / 4)
    })
  }
}
