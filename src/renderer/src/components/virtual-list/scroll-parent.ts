/** The nearest ancestor that scrolls vertically (the screen's `.page`), or the document's. */
export function scrollParentOf(element: HTMLElement): HTMLElement {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node)
    if (overflowY === 'auto' || overflowY === 'scroll') return node
  }
  return document.scrollingElement instanceof HTMLElement
    ? document.scrollingElement
    : document.documentElement
}

/** Where `element` starts inside the scrolled content of `scroller`, in pixels. */
export function offsetWithin(element: HTMLElement, scroller: HTMLElement): number {
  const top = element.getBoundingClientRect().top
  const scrollerTop = scroller.getBoundingClientRect().top + scroller.clientTop
  return Math.round(top - scrollerTop + scroller.scrollTop)
}

/** Whether arrow keys already mean something to the control that has them. */
export function ownsArrowKeys(target: Element): boolean {
  if (target instanceof HTMLInputElement && (target.type === 'radio' || target.type === 'range'))
    return true
  return (
    target.closest(
      '[role="menu"], [role="menubar"], [role="listbox"], [role="radiogroup"], [role="tablist"], [role="slider"], [role="tree"], [role="grid"]',
    ) !== null
  )
}
