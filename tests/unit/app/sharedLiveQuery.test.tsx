import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShowfloorDb } from '../../../src/app/db/schema';
import { sharedLiveQuery } from '../../../src/app/ui/sharedLiveQuery';
import { closeTestDb, openTestDb } from './fixtures';

let d: ShowfloorDb;
let runs = 0;
const useNote = sharedLiveQuery(async () => {
  runs++;
  return ((await d.syncState.get('note'))?.value as string | undefined) ?? 'none';
});

function Note({ id }: { id: string }) {
  return <p data-testid={id}>{useNote() ?? 'loading'}</p>;
}

beforeEach(async () => {
  d = await openTestDb();
  runs = 0;
});

afterEach(async () => {
  cleanup();
  await closeTestDb(d);
});

describe('a live query shared by several components', () => {
  it('answers all of them from one query, and all of them again after a change', async () => {
    render(
      <>
        <Note id="a" />
        <Note id="b" />
        <Note id="c" />
      </>,
    );
    expect(screen.getByTestId('a').textContent).toBe('loading');
    await waitFor(() => expect(screen.getByTestId('c').textContent).toBe('none'));
    expect(screen.getByTestId('a').textContent).toBe('none');
    expect(runs).toBe(1);

    await act(async () => {
      await d.syncState.put({ key: 'note', value: 'changed' });
    });
    await waitFor(() => expect(['a', 'b', 'c'].map((id) => screen.getByTestId(id).textContent)).toEqual(['changed', 'changed', 'changed']));
    expect(runs).toBe(2);
  });

  it('starts from loading again once nothing shows it, then reads the database anew', async () => {
    const first = render(<Note id="a" />);
    await waitFor(() => expect(screen.getByTestId('a').textContent).toBe('none'));
    first.unmount();
    await d.syncState.put({ key: 'note', value: 'written while nobody looked' });
    render(<Note id="b" />);
    expect(screen.getByTestId('b').textContent).toBe('loading');
    await waitFor(() => expect(screen.getByTestId('b').textContent).toBe('written while nobody looked'));
  });
});
