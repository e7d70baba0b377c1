/**
 * The console's industry list editor, its GB/T codes field above all: what staff type stays in the
 * field as typed (the space before the next code included) while the list it stands for follows
 * every keystroke, codes are read in any case and with Chinese separators, a code that is none or
 * lies outside the entry's section is named in the user's language, and a list changed elsewhere
 * (defaults restored) shows in the field.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { IndustryEditor } from '../../../src/app/console/taxonomy/IndustryEditor';
import { i18n } from '../../../src/app/i18n';
import { DEFAULT_TAXONOMIES } from '../../../src/core/taxonomy/schema';
import type { IndustryTaxonomy } from '../../../src/core/taxonomy/schema';

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('en');
});

// Three entries of the default list, as they ship: few enough rows for a quick render.
const defaults = (): IndustryTaxonomy => ({ entries: structuredClone(DEFAULT_TAXONOMIES.industry.entries.filter((e) => ['electronics', 'new_energy', 'trade'].includes(e.id))) });

/** The editor as the taxonomy page holds it: its own state, every change recorded, and a way to restore the defaults. */
function Harness({ seen }: { seen: IndustryTaxonomy[] }) {
  const [value, setValue] = useState(defaults);
  return (
    <>
      <IndustryEditor
        value={value}
        onChange={(next) => {
          seen.push(next);
          setValue(next);
        }}
      />
      <button type="button" onClick={() => setValue(defaults())}>
        Restore defaults
      </button>
    </>
  );
}

const entry = (seen: IndustryTaxonomy[], id: string) => seen.at(-1)?.entries.find((e) => e.id === id);
const codesField = (owner: string) => screen.getByLabelText(`GB/T 4754 codes ${owner} covers`) as HTMLInputElement;

describe('IndustryEditor: GB/T codes', () => {
  it('keeps what is typed, the space before the next code included, while the list follows each keystroke', () => {
    const seen: IndustryTaxonomy[] = [];
    render(<Harness seen={seen} />);
    const field = codesField('New energy and storage');
    expect(field.value).toBe('384 3825 3415');

    fireEvent.input(field, { target: { value: '384' } });
    expect(entry(seen, 'new_energy')?.gbtCodes).toEqual(['384']);
    fireEvent.input(field, { target: { value: '384 ' } });
    expect(field.value).toBe('384 ');
    expect(entry(seen, 'new_energy')?.gbtCodes).toEqual(['384']);
    fireEvent.input(field, { target: { value: '384 3825' } });
    expect(field.value).toBe('384 3825');
    expect(entry(seen, 'new_energy')?.gbtCodes).toEqual(['384', '3825']);
    // Other entries are left as they were.
    expect(entry(seen, 'electronics')?.gbtCodes).toEqual(['39']);
  });

  it('reads section letters in any case and codes separated by commas or 、', () => {
    const seen: IndustryTaxonomy[] = [];
    render(<Harness seen={seen} />);
    const field = codesField('Trade and distribution (incl. e-commerce)');
    fireEvent.input(field, { target: { value: 'f，5123、5124, 5292' } });
    expect(entry(seen, 'trade')?.gbtCodes).toEqual(['F', '5123', '5124', '5292']);
    expect(field.value).toBe('f，5123、5124, 5292');
    expect(field.getAttribute('aria-invalid')).toBeNull();
  });

  it('names a code that is none and a code outside the entry’s section, beside the field', () => {
    const seen: IndustryTaxonomy[] = [];
    render(<Harness seen={seen} />);
    const field = codesField('Electronics and components');
    // A lone last digit is a code still being typed: nothing to say yet.
    fireEvent.input(field, { target: { value: '39 3' } });
    expect(field.getAttribute('aria-invalid')).toBeNull();

    fireEvent.input(field, { target: { value: '39 38X 4415' } });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const problems = document.getElementById(field.getAttribute('aria-describedby') ?? '');
    expect(problems?.textContent).toContain('“38X” is no GB/T 4754 code');
    expect(problems?.textContent).toContain('4415 is in section D, not in this entry’s section C');
    // What was typed is kept, so staff can mend it.
    expect(field.value).toBe('39 38X 4415');

    fireEvent.input(field, { target: { value: '39 3825' } });
    expect(field.getAttribute('aria-invalid')).toBeNull();
    expect(document.getElementById('ind-0-codes-problems')?.textContent).toBe('');
  });

  it('says so in the console’s language', async () => {
    await i18n.changeLanguage('zh-CN');
    const seen: IndustryTaxonomy[] = [];
    render(<Harness seen={seen} />);
    const field = screen.getByLabelText('电子信息与元器件覆盖的 GB/T 4754 代码') as HTMLInputElement;
    fireEvent.input(field, { target: { value: '39 4415' } });
    expect(screen.getByText('4415 属于门类 D，不属于本项的门类 C：这些公司会被计入两个门类。')).toBeTruthy();
  });

  it('shows the list again when it is changed elsewhere, and the field keeps working', () => {
    const seen: IndustryTaxonomy[] = [];
    render(<Harness seen={seen} />);
    const field = codesField('New energy and storage');
    fireEvent.input(field, { target: { value: '384 ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Restore defaults' }));
    expect(field.value).toBe('384 3825 3415');
    fireEvent.input(field, { target: { value: '384 3825 3415 4416' } });
    expect(entry(seen, 'new_energy')?.gbtCodes).toEqual(['384', '3825', '3415', '4416']);
  });
});

describe('IndustryEditor: keywords', () => {
  it('keeps the | and the spaces typed between words', () => {
    const seen: IndustryTaxonomy[] = [];
    render(<Harness seen={seen} />);
    const field = screen.getByLabelText('Keywords of New energy and storage') as HTMLTextAreaElement;
    fireEvent.input(field, { target: { value: '电池 |' } });
    expect(field.value).toBe('电池 |');
    expect(entry(seen, 'new_energy')?.keywords).toEqual(['电池']);
    fireEvent.input(field, { target: { value: '电池 | machine tools' } });
    expect(entry(seen, 'new_energy')?.keywords).toEqual(['电池', 'machine tools']);
  });
});
