/**
 * A keyboard-wedge scanner inside the page, timed: each code's keys dispatched in one burst, then
 * the time from Enter until `watch.selector`'s `watch.attribute` names a new record. `mark` is a
 * performance mark the app sets when the record is committed, timed from the same Enter.
 */
import type { Page } from '@playwright/test';

export interface ScanTimes {
  shown: number[];
  committed: number[];
}

export function scanInPage(page: Page, codes: string[], watch: { selector: string; attribute: string }, mark?: string): Promise<ScanTimes> {
  return page.evaluate(
    async ({ codes, selector, attribute, mark }) => {
      const current = () => document.querySelector(selector)?.getAttribute(attribute) ?? null;
      const shown: number[] = [];
      const committed: number[] = [];
      for (const code of codes) {
        const before = current();
        (document.activeElement as HTMLElement | null)?.blur();
        for (const ch of code) window.dispatchEvent(new KeyboardEvent('keydown', { key: ch, bubbles: true }));
        const t0 = performance.now();
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`nothing shown for ${code.slice(0, 20)}…: ${document.body.innerText.slice(0, 300)}`)), 10_000);
          const check = () => {
            const id = current();
            if (id && id !== before) {
              observer.disconnect();
              clearTimeout(timer);
              resolve();
            }
          };
          const observer = new MutationObserver(check);
          observer.observe(document.body, { subtree: true, childList: true, attributes: true });
          check();
        });
        shown.push(performance.now() - t0);
        if (mark) {
          const entry = performance.getEntriesByName(mark).pop();
          if (entry && entry.startTime >= t0) committed.push(entry.startTime - t0);
          performance.clearMarks(mark);
        }
        await new Promise((r) => setTimeout(r, 20));
      }
      return { shown, committed };
    },
    { codes, selector: watch.selector, attribute: watch.attribute, mark },
  );
}
