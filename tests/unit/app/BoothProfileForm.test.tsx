/**
 * The product and question form of the exhibitor page and the console: what staff type becomes
 * a valid booth profile, existing choices keep their ids (answers on leads refer to them), and an
 * incomplete question is refused with a message instead of being sent.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BoothProfileForm } from '../../../src/app/ui/BoothProfileForm';
import type { BoothProfileInput } from '../../../src/core/leads/profile';

afterEach(() => cleanup());

const initial: BoothProfileInput = {
  products: [{ id: 'lathe', name: '数控车床' }],
  questions: [{ id: 'budget', label: 'Budget', type: 'single', options: [{ id: 'small', label: '< 1M' }, { id: 'large', label: '≥ 1M' }] }],
};

describe('BoothProfileForm', () => {
  it('adds a product and a choice, keeping the ids of what existed', async () => {
    const onSave = vi.fn<(input: BoothProfileInput) => Promise<void>>().mockResolvedValue();
    render(<BoothProfileForm initial={initial} withProducts onSave={onSave} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add a product' }));
    fireEvent.change(screen.getByLabelText('Product 2'), { target: { value: ' 加工中心 ' } });
    fireEvent.change(screen.getByLabelText('Choices, one per line'), { target: { value: '< 1M\n≥ 1M\n≥ 10M\n\n' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    });
    expect(await screen.findByText('Saved. Booth devices get the change at their next sync.')).toBeTruthy();
    const saved = onSave.mock.calls[0]?.[0] as BoothProfileInput;
    expect(saved.products[0]).toEqual({ id: 'lathe', name: '数控车床' });
    expect(saved.products[1]?.name).toBe('加工中心');
    expect(saved.products[1]?.id).toMatch(/^[A-Za-z0-9_.-]+$/);
    expect(saved.questions[0]?.options.slice(0, 2)).toEqual(initial.questions[0]?.options);
    expect(saved.questions[0]?.options[2]?.label).toBe('≥ 10M');
    expect(new Set(saved.questions[0]?.options.map((o) => o.id)).size).toBe(3);
  });

  it('refuses a choice question with one choice and a nameless product, sending nothing', async () => {
    const onSave = vi.fn<(input: BoothProfileInput) => Promise<void>>().mockResolvedValue();
    render(<BoothProfileForm initial={{ products: [], questions: [] }} withProducts onSave={onSave} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add a question' }));
    fireEvent.change(screen.getByLabelText('Question text'), { target: { value: '采购时间' } });
    fireEvent.change(screen.getByLabelText('Choices, one per line'), { target: { value: '三个月内' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    });
    expect(screen.getByRole('alert').textContent).toContain('at least two different choices');
    expect(onSave).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText('Answer type'), { target: { value: 'text' } });
    expect(screen.queryByLabelText('Choices, one per line')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Add a product' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    });
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Remove product 1' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    });
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0]?.[0].questions).toEqual([expect.objectContaining({ label: '采购时间', type: 'text', options: [] })]);
  });

  it('shows the server’s refusal', async () => {
    render(<BoothProfileForm initial={initial} withProducts={false} onSave={() => Promise.reject(new Error('question ids must differ'))} />);
    expect(screen.queryByText('Products')).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    });
    expect(screen.getByRole('alert').textContent).toContain('question ids must differ');
  });
});
