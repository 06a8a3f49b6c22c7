// After a selection or a followed link the panel's heading takes the focus, so a keyboard or screen reader
// continues from what was chosen. The panel loads asynchronously: the heading is focused when it appears.
let waiting: MutationObserver | null = null;

export function focusPanelHeading(panel: HTMLElement): void {
  waiting?.disconnect();
  waiting = null;
  const focus = () => {
    const h = panel.querySelector<HTMLElement>('#panel-title');
    if (!h) return false;
    h.tabIndex = -1;
    // The panel scrolls to its heading; the page itself does not jump (the canvas may be above it on a phone).
    h.focus({ preventScroll: true });
    panel.closest<HTMLElement>('#side')?.scrollTo({ top: 0 });
    return true;
  };
  if (focus()) return;
  const observer = new MutationObserver(() => {
    if (focus()) observer.disconnect();
  });
  observer.observe(panel, { childList: true, subtree: true });
  waiting = observer;
  // A panel that never gets a heading (an error) stops the wait.
  setTimeout(() => {
    observer.disconnect();
  }, 15_000);
}
