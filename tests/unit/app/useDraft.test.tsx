/**
 * Form drafts (issue 18, decision 57): what was typed comes back when the form is drawn again (a
 * reload, another tab of the desk and back), a submitted or reset form starts empty, and a draft
 * from an older app version cannot put a value of the wrong kind into the form.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { readDraft, useDraft } from '../../../src/app/ui/useDraft';

const EMPTY = { name: '', interests: [] as string[], consent: false };

function Form() {
  const [value, setValue, clear] = useDraft('test-form', EMPTY);
  return (
    <form>
      <label htmlFor="n">Name</label>
      <input id="n" value={value.name} onChange={(e) => setValue((v) => ({ ...v, name: e.target.value }))} />
      <label>
        <input type="checkbox" checked={value.consent} onChange={(e) => setValue((v) => ({ ...v, consent: e.target.checked }))} />
        Consent
      </label>
      <button type="button" onClick={clear}>
        Submit
      </button>
    </form>
  );
}

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

describe('form drafts', () => {
  it('brings back what was typed when the form is drawn again', () => {
    const first = render(<Form />);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: '王芳' } });
    fireEvent.click(screen.getByLabelText('Consent'));
    first.unmount();
    render(<Form />);
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('王芳');
    expect((screen.getByLabelText('Consent') as HTMLInputElement).checked).toBe(true);
  });

  it('starts empty after the form is submitted, and keeps no draft of an empty form', () => {
    const first = render(<Form />);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: '刘洋' } });
    fireEvent.click(screen.getByText('Submit'));
    first.unmount();
    expect(sessionStorage.length).toBe(0);
    render(<Form />);
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('');
  });

  it('keeps only the form’s own fields, each of its kind, from a stored draft', () => {
    sessionStorage.setItem('showfloor.draft.old', JSON.stringify({ name: 42, interests: ['robots'], consent: 'yes', stray: 'x' }));
    expect(readDraft('old', EMPTY)).toEqual({ name: '', interests: ['robots'], consent: false });
    sessionStorage.setItem('showfloor.draft.broken', '{not json');
    expect(readDraft('broken', EMPTY)).toEqual(EMPTY);
  });
});
