/** Shown while the viewer's code loads and while the PDF opens. */
export function PdfOpening() {
  return (
    <p className="muted" role="status">
      Opening the PDF…
    </p>
  )
}
