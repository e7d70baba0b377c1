/**
 * The console's survey builder and case follow-up against a fake organizer server (fetch is the
 * boundary): what the screens send, and what they let the organizer do next.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FeedbackSection } from '../../../src/app/console/feedback/FeedbackSection';
import { SurveysSection } from '../../../src/app/console/surveys/SurveysSection';
import type { FeedbackDetail, FeedbackItem } from '../../../src/core/feedback/console';
import { DEFAULT_FEEDBACK_CATEGORIES } from '../../../src/core/feedback/schema';
import { DEFAULT_SLA } from '../../../src/core/feedback/sla';
import type { StepInput } from '../../../src/core/feedback/workflow';
import type { SurveyDetail } from '../../../src/core/surveys/console';
import { starterSurvey, type SurveyContent } from '../../../src/core/surveys/schema';

const SURVEY_ID = '01900000-0000-7000-8000-0000000000aa';
const CASE_ID = '01900000-0000-7000-8000-0000000000bb';

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderAt(path: string) {
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/console/surveys/*" element={<SurveysSection />} />
        <Route path="/console/feedback/*" element={<FeedbackSection />} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('survey builder', () => {
  it('saves an edited survey as a new version and says which', async () => {
    const detail: SurveyDetail = { id: SURVEY_ID, active: true, currentVersion: 1, content: starterSurvey(), versions: [{ version: 1, publishedAt: '2026-03-01T01:00:00.000Z', publishedBy: 'organizer', responses: 12 }] };
    const saved: SurveyContent[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      if (init.method === 'PUT') {
        const content = JSON.parse(String(init.body)) as SurveyContent;
        saved.push(content);
        return json({ survey: { ...detail, currentVersion: 2, content, versions: [...detail.versions, { version: 2, publishedAt: '2026-03-01T02:00:00.000Z', publishedBy: 'organizer', responses: 0 }] }, changed: true });
      }
      return json(detail);
    });
    renderAt(`/console/surveys/${SURVEY_ID}`);
    await screen.findByTestId('survey-editor');
    expect(screen.getByTestId('survey-status').textContent).toBe('On kiosks');

    fireEvent.change(screen.getByLabelText('Type of the new question'), { target: { value: 'single' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add question' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save as a new version' }));
    // A new question without its texts is refused before anything is sent.
    expect((await screen.findByRole('status')).textContent).toBe('Question 3: write this text in 简体中文, 繁體中文 and English');
    expect(saved).toHaveLength(0);

    const editor = screen.getAllByTestId('question-editor')[2]!;
    const fill = (label: string, values: [string, string, string]) =>
      (['简体中文', '繁體中文', 'English'] as const).forEach((lang, i) => fireEvent.change(within(editor).getByLabelText(`${label} (${lang})`), { target: { value: values[i] } }));
    fill('Question', ['您从哪里来？', '您從哪裡來？', 'Where are you from?']);
    fill('Option 1', ['本地', '本地', 'Local']);
    fill('Option 2', ['外地', '外地', 'Elsewhere']);
    fireEvent.click(screen.getByRole('button', { name: 'Save as a new version' }));
    expect(await screen.findByText('Saved as version 2.')).toBeTruthy();
    expect(saved[0]?.questions[2]).toMatchObject({ type: 'single', required: false, text: { en: 'Where are you from?' }, options: [{ label: { en: 'Local' } }, { label: { en: 'Elsewhere' } }] });
    await waitFor(() => expect(within(screen.getByTestId('survey-versions')).getAllByRole('row')).toHaveLength(3));
  });
});

describe('case follow-up', () => {
  const item: FeedbackItem = {
    id: CASE_ID,
    type: 'complaint',
    category: 'catering',
    severity: 'high',
    description: '<img src=x onerror=alert(1)> 午餐排队太久',
    channel: 'phone',
    audience: 'exhibitor',
    contactName: 'مريم',
    contactEmail: 'maryam@example.com',
    contactPhone: '',
    preferredLanguage: 'en',
    attendeeId: null,
    deviceName: 'Info kiosk 1',
    hasPhoto: false,
    photoReceived: false,
    status: 'resolved',
    assignee: 'Catering team',
    reportedAt: '2026-03-01T01:00:00.000Z',
    assignedAt: '2026-03-01T01:10:00.000Z',
    resolvedAt: '2026-03-01T03:00:00.000Z',
    answeredAt: null,
    closedAt: null,
    respondBy: '2026-03-01T03:00:00.000Z',
    resolveBy: '2026-03-02T01:00:00.000Z',
    overdue: ['resolve'],
  };

  it('offers only the allowed next step: a resolved case must be answered before it can be closed', async () => {
    const steps: StepInput[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      if (url.endsWith('/settings')) return json({ categories: DEFAULT_FEEDBACK_CATEGORIES.categories, sla: DEFAULT_SLA });
      if (url.endsWith('/steps')) {
        const input = JSON.parse(String(init.body)) as StepInput;
        steps.push(input);
        if (!input.note) return json({ error: 'step_refused', message: 'note: say what the person was told, and how', fields: [{ path: 'note', problem: 'answer_note_required' }] }, 409);
        return json({ item: { ...item, status: 'answered', answeredAt: '2026-03-01T04:00:00.000Z', overdue: [] }, steps: [] } satisfies FeedbackDetail);
      }
      return json({ item, steps: [{ status: 'new', at: item.reportedAt, actor: 'Info kiosk 1', assignee: '', note: '' }] } satisfies FeedbackDetail);
    });
    renderAt(`/console/feedback/${CASE_ID}`);
    await screen.findByTestId('feedback-case');
    expect(screen.getByTestId('case-overdue').textContent).toBe('Answer overdue');
    expect(screen.getByText('<img src=x onerror=alert(1)> 午餐排队太久')).toBeTruthy();
    expect(document.querySelector('.case-text img')).toBeNull();
    const next = screen.getByTestId('case-next-step');
    expect(within(next).getAllByRole('radio').map((r) => (r as HTMLInputElement).value)).toEqual(['answered']);

    fireEvent.click(within(next).getByRole('button', { name: 'Record this step' }));
    expect((await within(next).findByRole('alert')).textContent).toBe('This step cannot be recorded. Note: say what the person was told, and how');
    fireEvent.change(within(next).getByLabelText('What was the person told, and how?'), { target: { value: 'Phoned her; vouchers sent' } });
    fireEvent.click(within(next).getByRole('button', { name: 'Record this step' }));
    await waitFor(() => expect(screen.getByTestId('case-status').textContent).toBe('Answered'));
    expect(steps.at(-1)).toEqual({ to: 'answered', note: 'Phoned her; vouchers sent' });
    expect(within(screen.getByTestId('case-next-step')).getAllByRole('radio').map((r) => (r as HTMLInputElement).value)).toEqual(['closed']);
  });
});
