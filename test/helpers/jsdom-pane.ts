/**
 * What jsdom lacks for rendering the panes: Node's TextEncoder (the CLI run at the end of a test
 * packs a .docx) and the browser APIs Fluent's Dialog, Tree and MessageBar and the panes ask for.
 * `fastStyles`: jsdom computes styles by matching every rule Griffel inserted, which is slow and
 * meaningless without layout; tests that do not look at styles may skip it.
 */
export function prepareJsdom(options: { fastStyles?: boolean } = {}): void {
  Object.assign(globalThis, {
    TextEncoder: require("node:util").TextEncoder,
    TextDecoder: require("node:util").TextDecoder,
  });
  window.matchMedia ??= ((q: string) => ({
    matches: false,
    media: q,
    addEventListener() {},
    removeEventListener() {},
  })) as never;
  if (options.fastStyles)
    window.getComputedStyle = ((el: Element) =>
      (el as HTMLElement).style ?? document.createElement("div").style) as never;
  // No layout, nothing to scroll: the panes bring results into view (checked in Chromium).
  Element.prototype.scrollIntoView ??= function () {};
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as never;
}
