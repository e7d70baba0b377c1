import { useLayoutEffect, useRef } from 'react';
import { DEFAULT_WEDGE, WedgeDetector } from './wedgeDetector';

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  return false;
}

/**
 * Listens for scanner input anywhere on the page, except while the focus is in a text field
 * (there the keystrokes are the staff member's own typing). The listener is attached as the screen
 * is committed (a layout effect), not after it is painted: on a tablet that has just started, the
 * first paint is followed by the screen's IndexedDB queries and their re-renders, and a badge
 * scanned in that time would have gone unheard (decisions, 35).
 */
export function useKeyboardWedge(onScan: (code: string) => void, enabled = true): void {
  const handler = useRef(onScan);
  useLayoutEffect(() => {
    handler.current = onScan;
  }, [onScan]);

  useLayoutEffect(() => {
    if (!enabled) return;
    const detector = new WedgeDetector(DEFAULT_WEDGE);
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTextField(event.target) || event.ctrlKey || event.metaKey || event.altKey) {
        detector.reset();
        return;
      }
      const result = detector.key(event.key, event.timeStamp || performance.now());
      if (result === null) return;
      // Keep scanner characters from activating focused buttons or links.
      event.preventDefault();
      if (result !== 'consumed') handler.current(result);
    };
    window.addEventListener('keydown', onKeyDown, true);
    // Lets automation (and curious staff tools) know scanner input is being taken from now on.
    document.documentElement.dataset.scanner = 'listening';
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      delete document.documentElement.dataset.scanner;
    };
  }, [enabled]);
}
