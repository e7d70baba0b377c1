/**
 * The walk-in form's product-interest picker (issue 18): groups fold and open, a search shows the
 * matches inside their groups, what is chosen is listed as chips that remove it, and everything
 * works from the keyboard. The tree is the default taxonomy's own, as the desk shows it.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../src/app/i18n';
import { TreePicker, buildTree, type TreeOption } from '../../../src/app/ui/TreePicker';

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('en');
});

const OPTIONS: TreeOption[] = [
  { value: 'machinery', label: 'Machinery', depth: 0 },
  { value: 'cnc', label: 'CNC machine tools', depth: 1 },
  { value: 'lathe', label: 'Lathes', depth: 2 },
  { value: 'mill', label: 'Machining centres', depth: 2 },
  { value: 'robots', label: 'Industrial robots', depth: 1 },
  { value: 'electronics', label: '电子元器件', depth: 0 },
  { value: 'sensors', label: '传感器', depth: 1 },
];

function Harness({ seen, initial = [] }: { seen: string[][]; initial?: string[] }) {
  const [selected, setSelected] = useState<string[]>(initial);
  return (
    <fieldset>
      <legend id="legend">Product interests</legend>
      <TreePicker
        options={OPTIONS}
        selected={selected}
        labelledBy="legend"
        onChange={(next) => {
          seen.push(next);
          setSelected(next);
        }}
      />
    </fieldset>
  );
}

const shownLabels = () => screen.queryAllByRole('checkbox').map((c) => (c.closest('label')?.textContent ?? '').trim());

describe('tree picker', () => {
  it('rebuilds the hierarchy from the tree-ordered list', () => {
    const roots = buildTree(OPTIONS);
    expect(roots.map((r) => r.value)).toEqual(['machinery', 'electronics']);
    expect(roots[0]!.children.map((c) => c.value)).toEqual(['cnc', 'robots']);
    expect(roots[0]!.children[0]!.children.map((c) => c.value)).toEqual(['lathe', 'mill']);
  });

  it('starts folded: only the top groups show, and a group opens and closes from its button', () => {
    render(<Harness seen={[]} />);
    expect(shownLabels()).toEqual(['Machinery', '电子元器件']);
    const open = screen.getByRole('button', { name: 'Open Machinery' });
    expect(open.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(open);
    expect(shownLabels()).toEqual(['Machinery', 'CNC machine tools', 'Industrial robots', '电子元器件']);
    fireEvent.click(screen.getByRole('button', { name: 'Close Machinery' }));
    expect(shownLabels()).toEqual(['Machinery', '电子元器件']);
  });

  it('opens and closes a group with the arrow keys on its button', () => {
    render(<Harness seen={[]} />);
    const toggle = screen.getByRole('button', { name: 'Open Machinery' });
    fireEvent.keyDown(toggle, { key: 'ArrowRight' });
    expect(screen.getByRole('button', { name: 'Close Machinery' }).getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(screen.getByRole('button', { name: 'Close Machinery' }), { key: 'ArrowLeft' });
    expect(screen.getByRole('button', { name: 'Open Machinery' })).toBeTruthy();
  });

  it('searches inside folded groups and shows each match with the groups it sits in', () => {
    render(<Harness seen={[]} />);
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'lath' } });
    expect(shownLabels()).toEqual(['Machinery', 'CNC machine tools', 'Lathes']);
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: '传感' } });
    expect(shownLabels()).toEqual(['电子元器件', '传感器']);
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'submarine' } });
    expect(screen.getByText('Nothing matches “submarine”')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: '' } });
    expect(shownLabels()).toEqual(['Machinery', '电子元器件']);
  });

  it('lists what is chosen as chips; a chip removes its choice; a folded group says how many are chosen inside', () => {
    const seen: string[][] = [];
    render(<Harness seen={seen} />);
    expect(screen.getByText('Nothing chosen yet')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'lath' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Lathes' }));
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'robot' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Industrial robots' }));
    expect(seen.at(-1)).toEqual(['lathe', 'robots']);
    const chips = screen.getByTestId('picker-chips');
    expect(within(chips).getAllByTestId('picker-chip').map((c) => c.firstChild?.textContent)).toEqual(['Lathes', 'Industrial robots']);

    fireEvent.change(screen.getByLabelText('Search'), { target: { value: '' } });
    expect(screen.getByText('(2 chosen inside)')).toBeTruthy();

    fireEvent.click(within(chips).getByRole('button', { name: 'Remove Lathes' }));
    expect(seen.at(-1)).toEqual(['robots']);
    expect(within(chips).getAllByTestId('picker-chip')).toHaveLength(1);
  });

  it('speaks the user’s language', async () => {
    await i18n.changeLanguage('zh-CN');
    render(<Harness seen={[]} initial={['sensors']} />);
    expect(screen.getByRole('button', { name: '展开 Machinery' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '移除 传感器' })).toBeTruthy();
    expect(screen.getByLabelText('搜索')).toBeTruthy();
  });
});
