import { createEvent, fireEvent } from '@testing-library/preact';

/**
 * A `change` event as the browser fires it when a select or a file picker changes. The preact
 * testing library turns `fireEvent.change` into `input`, which is right for text fields (Preact
 * hears their onChange on `input`) but not for selects and file pickers, whose onChange stays on
 * `change`.
 */
export function fireNativeChange(element: Element, init: { target: Record<string, unknown> }): boolean {
  return fireEvent(element, createEvent.change(element, init));
}
