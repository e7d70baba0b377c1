/**
 * The console's taxonomy page when the lists cannot be saved: what the schema finds (checked
 * before sending) and what the server answers are said in the console's language — which list,
 * which entry, which field, what to change —, never as zod's English message or an internal path,
 * and nothing typed is lost. fetch is the fake organizer server (the network boundary). The page
 * renders every entry of the default list: generous time limits for a loaded machine.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TaxonomySection } from '../../../src/app/console/taxonomy/TaxonomySection';
import { i18n } from '../../../src/app/i18n';
import { DEFAULT_TAXONOMIES } from '../../../src/core/taxonomy/schema';

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await i18n.changeLanguage('en');
});

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A server holding the default lists; PUT answers `put` (a status and body) and records what was sent. */
function server(put: () => Response | Promise<Response>): { sent: unknown[] } {
  const sent: unknown[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    if (url === '/api/v1/console/taxonomies' && (init.method ?? 'GET') === 'GET') return json(200, { taxonomies: DEFAULT_TAXONOMIES, customised: false });
    if (url === '/api/v1/console/taxonomies' && init.method === 'PUT') {
      sent.push(JSON.parse(String(init.body)));
      return put();
    }
    return json(404, { error: 'not_found', message: 'not found' });
  });
  return { sent };
}

const saveButton = async (name: RegExp | string) => screen.findByRole('button', { name });

describe('taxonomy page: lists that cannot be saved', () => {
  it('names the entry and field of each problem in Chinese, before anything is sent', async () => {
    await i18n.changeLanguage('zh-CN');
    const { sent } = server(() => json(200, {}));
    render(<TaxonomySection />);
    const id = (await screen.findByLabelText('电子信息与元器件的编号')) as HTMLInputElement;
    fireEvent.input(id, { target: { value: 'electrical' } });
    fireEvent.input(screen.getByLabelText('电子信息与元器件（英文）'), { target: { value: ' ' } });
    fireEvent.click(await saveButton('保存并下发到设备'));

    const alert = await screen.findByTestId('taxonomy-problems');
    expect(alert.textContent).toContain('行业 › 电气设备与电工器材 › 编号: 编号“electrical”用了两次');
    expect(alert.textContent).toContain('行业 › 电子信息与元器件 › 英文名称: 为空，请填写');
    // No zod message or internal path is shown.
    expect(alert.textContent).not.toMatch(/Too small|duplicate|industry\.entries|entries ›/);
    expect(sent).toHaveLength(0);
    // What was typed stays in the field.
    expect(id.value).toBe('electrical');
  }, 30_000);

  it('says a band that does not follow the one before in Traditional Chinese', async () => {
    await i18n.changeLanguage('zh-TW');
    server(() => json(200, {}));
    render(<TaxonomySection />);
    fireEvent.click(await screen.findByRole('tab', { name: '企業規模' }));
    const from = screen.getAllByLabelText(/的最少人數$/)[1] as HTMLInputElement;
    fireEvent.input(from, { target: { value: '7' } });
    fireEvent.click(await saveButton('儲存並下發到裝置'));
    const alert = await screen.findByTestId('taxonomy-problems');
    expect(alert.textContent).toMatch(/企業規模 › .+ › 起: 該級距應從 \d+ 開始，緊接上一級距/);
  }, 30_000);

  it.each([
    [401, { error: 'unauthorized', message: 'sign in' }, 'Your session has ended'],
    [400, { error: 'invalid_request', message: 'industry.entries.0.id: Invalid string' }, 'The server refused the lists as they are'],
    [500, { error: 'server_error', message: 'the server could not finish this request; it will be retried' }, 'The server could not save the lists'],
  ])('puts the server’s answer %i into words, never its English sentence, and keeps the edits', async (status, body, words) => {
    const { sent } = server(() => json(status, body));
    render(<TaxonomySection />);
    const label = (await screen.findByLabelText('Electronics and components in English')) as HTMLInputElement;
    fireEvent.input(label, { target: { value: 'Electronics' } });
    fireEvent.click(await saveButton('Save and send to devices'));
    const alert = await screen.findByText(new RegExp(words));
    expect(alert.getAttribute('role')).toBe('alert');
    expect(document.body.textContent).not.toContain(body.message);
    expect(sent).toHaveLength(1);
    expect(label.value).toBe('Electronics');
  }, 30_000);

  it('says in Chinese when the server cannot be reached', async () => {
    await i18n.changeLanguage('zh-CN');
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      if ((init.method ?? 'GET') === 'GET') return json(200, { taxonomies: DEFAULT_TAXONOMIES, customised: false });
      throw new TypeError('Failed to fetch');
    });
    render(<TaxonomySection />);
    fireEvent.click(await saveButton('保存并下发到设备'));
    expect(await screen.findByText('无法连接服务器。您的修改仍在此处，网络恢复后请重试。')).toBeTruthy();
    expect(document.body.textContent).not.toContain('Failed to fetch');
  }, 30_000);
});
