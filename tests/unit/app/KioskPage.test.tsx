import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setKioskPin } from '../../../src/app/data/kioskPin';
import type { ShowfloorDb } from '../../../src/app/db/schema';
import { i18n } from '../../../src/app/i18n';
import { KioskPage } from '../../../src/app/kiosk/KioskPage';
import type { SurveyDoc } from '../../../src/core/surveys/schema';
import { generateBadgeKeyPair } from '../../../src/core/badge/keys';
import { badgeCode, closeTestDb, openTestDb, rosterEntry, storeEventConfig, testEvent, type TestEvent } from './fixtures';
import { kioskDevice, storeSurvey, surveyDoc } from './kioskFixtures';

let d: ShowfloorDb;
let ev: TestEvent;
let survey: SurveyDoc;

beforeEach(async () => {
  // The staff's own language on this device (the switcher remembers it): English, like the tests.
  localStorage.setItem('showfloor.lang', 'en');
  d = await openTestDb();
  ev = testEvent();
  await d.device.put(kioskDevice({ eventId: ev.event.id }));
  await storeEventConfig(d, ev);
  survey = surveyDoc();
  await storeSurvey(d, survey);
});

afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await i18n.changeLanguage('en');
  await closeTestDb(d);
});

function renderKiosk() {
  render(
    <MemoryRouter initialEntries={['/kiosk']}>
      <Routes>
        <Route path="/kiosk/*" element={<KioskPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

/** A keyboard-wedge scanner: fast keystrokes, then Enter. */
function scan(code: string): void {
  let at = 80_000;
  for (const key of [...code, 'Enter']) {
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
    Object.defineProperty(event, 'timeStamp', { value: (at += 4) });
    document.body.dispatchEvent(event);
  }
}

async function startInEnglish() {
  fireEvent.click(await screen.findByRole('button', { name: 'English' }));
  await screen.findByTestId('kiosk-badge');
  // The scanner listener is attached as the screen is committed: a badge scanned now is heard.
  expect(document.documentElement.dataset.scanner).toBe('listening');
}

const advance = (ms: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
/** The kiosk's clocks are faked; IndexedDB's own scheduling (setImmediate) stays real, or its transactions would close early. */
const fakeClocks = () => vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });

describe('kiosk: first open after pairing', () => {
  it('asks staff to set the PIN, refusing short or mismatched ones, then starts the kiosk', async () => {
    renderKiosk();
    await screen.findByTestId('set-pin');
    fireEvent.change(screen.getByLabelText('PIN (4 to 8 digits)'), { target: { value: '12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save PIN and start the kiosk' }));
    expect(await screen.findByText('The PIN must be 4 to 8 digits.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('PIN (4 to 8 digits)'), { target: { value: '5790' } });
    fireEvent.change(screen.getByLabelText('Repeat the PIN'), { target: { value: '5791' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save PIN and start the kiosk' }));
    expect(await screen.findByText('The two PINs are not the same.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Repeat the PIN'), { target: { value: '5790' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save PIN and start the kiosk' }));
    expect(await screen.findByTestId('kiosk-start')).toBeTruthy();
    expect((await d.device.get('this'))?.kioskPin).toBeDefined();
  });
});

describe('kiosk: self-service', () => {
  beforeEach(async () => {
    await setKioskPin('2468');
  });

  it('takes a response in the chosen language, thanks, and starts over after 5 s with nothing left', async () => {
    fakeClocks();
    renderKiosk();
    await startInEnglish();
    fireEvent.click(screen.getByRole('button', { name: 'Continue without a badge' }));
    expect(await screen.findByText('How likely are you to recommend the show?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Please answer this question.')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: '9' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.click(await screen.findByRole('radio', { name: 'Very satisfied' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    const comment = await screen.findByLabelText('Anything else?');
    fireEvent.change(comment, { target: { value: '<img src=x onerror=alert(1)> 👍' } });
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByTestId('kiosk-thanks')).toBeTruthy();

    const [stored] = await d.responses.toArray();
    expect(stored).toMatchObject({ surveyId: survey.id, version: survey.version, language: 'en', mode: 'kiosk', channel: 'kiosk', audience: 'public_visitor', attendeeId: null, answers: { nps: 9, sat: 5, comment: '<img src=x onerror=alert(1)> 👍' } });
    expect(await d.outbox.count()).toBe(1);

    const session = screen.getByTestId('kiosk').dataset.session;
    await advance(5_100);
    expect(await screen.findByTestId('kiosk-start')).toBeTruthy();
    expect(screen.getByTestId('kiosk').dataset.session).not.toBe(session);
    expect(screen.queryByText(/onerror/)).toBeNull();
  });

  it('after 60 s untouched shows a countdown a touch cancels; left alone, discards the half-filled survey', async () => {
    fakeClocks();
    renderKiosk();
    await startInEnglish();
    fireEvent.click(screen.getByRole('button', { name: 'Continue without a badge' }));
    fireEvent.click(await screen.findByRole('radio', { name: '3' }));
    await advance(61_000);
    expect(await screen.findByTestId('kiosk-idle')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: "I'm still here" }));
    await waitFor(() => expect(screen.queryByTestId('kiosk-idle')).toBeNull());
    expect((screen.getByRole('radio', { name: '3' }) as HTMLInputElement).checked).toBe(true);

    await advance(61_000);
    expect(screen.getByTestId('kiosk-idle').textContent).toMatch(/cleared in \d+ seconds/);
    await advance(16_000);
    expect(await screen.findByTestId('kiosk-start')).toBeTruthy();
    expect(screen.queryByTestId('kiosk-idle')).toBeNull();
    expect(await d.responses.count()).toBe(0);
    // The next visitor starts from nothing.
    await startInEnglish();
    fireEvent.click(screen.getByRole('button', { name: 'Continue without a badge' }));
    expect((await screen.findByRole('radio', { name: '3' }) as HTMLInputElement).checked).toBe(false);
  });

  it('refuses a text over 5,000 characters with a message instead of cutting it', async () => {
    renderKiosk();
    await startInEnglish();
    fireEvent.click(screen.getByRole('button', { name: 'Continue without a badge' }));
    fireEvent.click(await screen.findByRole('radio', { name: '10' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.click(await screen.findByRole('radio', { name: 'Satisfied' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.change(await screen.findByLabelText('Anything else?'), { target: { value: '长'.repeat(100_000) } });
    expect(screen.getByText('100,000 / 5,000 characters')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByText('This text is too long: at most 5,000 characters, please shorten it.')).toBeTruthy();
    expect((screen.getByLabelText('Anything else?') as HTMLTextAreaElement).value).toHaveLength(100_000);
    expect(await d.responses.count()).toBe(0);
  });

  it('links a verified badge to the response and refuses a forged one in words', async () => {
    renderKiosk();
    await startInEnglish();
    const visitor = rosterEntry({ name: '林晓', category: 'exhibitor_staff' });
    act(() => scan(badgeCode(ev, visitor, {}, generateBadgeKeyPair())));
    expect((await screen.findByTestId('badge-refused')).textContent).toBe('This badge could not be verified. Your answers will stay anonymous.');
    act(() => scan(badgeCode(ev, visitor)));
    expect((await screen.findByTestId('badge-linked')).textContent).toContain('林晓');
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    fireEvent.click(await screen.findByRole('radio', { name: '7' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.click(await screen.findByRole('radio', { name: 'Dissatisfied' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Submit' }));
    await screen.findByTestId('kiosk-thanks');
    expect(await d.responses.toArray()).toMatchObject([{ attendeeId: visitor.id, audience: 'exhibitor', answers: { nps: 7, sat: 2 } }]);
  });

  it('names the show on the start screen; a visitor can go back to the language choice and change it without losing answers', async () => {
    renderKiosk();
    expect((await screen.findByTestId('kiosk-event-name')).textContent).toBe('2025 中国国际工业博览会');
    await startInEnglish();
    fireEvent.click(screen.getByTestId('kiosk-back-to-language'));
    fireEvent.click(await screen.findByRole('button', { name: '简体中文' }));
    fireEvent.click(await screen.findByRole('button', { name: '不扫描，继续' }));
    expect(await screen.findByText('您有多大可能推荐本展会？')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: '9' }));
    // On a question the bar switches the language in place: the answer given stays.
    fireEvent.click(within(screen.getByTestId('kiosk-langbar')).getByRole('button', { name: 'English' }));
    expect(await screen.findByText('How likely are you to recommend the show?')).toBeTruthy();
    expect((screen.getByRole('radio', { name: '9' }) as HTMLInputElement).checked).toBe(true);
  });

  it('draws the satisfaction faces itself (no emoji a tablet may lack)', async () => {
    renderKiosk();
    await startInEnglish();
    fireEvent.click(screen.getByRole('button', { name: 'Continue without a badge' }));
    fireEvent.click(await screen.findByRole('radio', { name: '9' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    const faces = (await screen.findByRole('radio', { name: 'Very satisfied' })).closest('fieldset') as HTMLElement;
    expect(faces.querySelectorAll('svg.face')).toHaveLength(5);
    expect(faces.textContent).not.toMatch(/\p{Extended_Pictographic}/u);
  });

  it('asks for the PIN and opens the staff area in the device’s language, not the last visitor’s', async () => {
    localStorage.setItem('showfloor.lang', 'zh-CN');
    try {
      renderKiosk();
      await startInEnglish();
      expect(i18n.language).toBe('en');
      fireEvent.click(screen.getByRole('button', { name: 'Staff: leave kiosk mode' }));
      expect(await screen.findByText('仅限工作人员')).toBeTruthy();
      fireEvent.change(screen.getByLabelText('工作人员密码'), { target: { value: '2468' } });
      fireEvent.click(screen.getByRole('button', { name: '解锁' }));
      expect((await screen.findByTestId('staff-home')).textContent).toContain('服务台');
    } finally {
      localStorage.setItem('showfloor.lang', 'en');
    }
  });

  it('stays locked on a wrong PIN and opens the information desk with the right one', async () => {
    renderKiosk();
    await screen.findByTestId('kiosk-start');
    fireEvent.click(screen.getByRole('button', { name: 'Staff: leave kiosk mode' }));
    fireEvent.change(await screen.findByLabelText('Staff PIN'), { target: { value: '1111' } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByText('Wrong PIN. 4 tries left.')).toBeTruthy();
    expect(screen.getByTestId('kiosk')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Staff PIN'), { target: { value: '2468' } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByTestId('staff-home')).toBeTruthy();
    // Back to kiosk mode locks it again.
    fireEvent.click(screen.getByRole('button', { name: 'Back to kiosk mode' }));
    expect(await screen.findByTestId('kiosk-start')).toBeTruthy();
  });

  async function unlock() {
    renderKiosk();
    await screen.findByTestId('kiosk-start');
    fireEvent.click(screen.getByRole('button', { name: 'Staff: leave kiosk mode' }));
    fireEvent.change(await screen.findByLabelText('Staff PIN'), { target: { value: '2468' } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    await screen.findByTestId('staff-home');
  }

  it('staff record an opinion on someone’s behalf, with the channel it came through', async () => {
    await unlock();
    fireEvent.click(screen.getByRole('link', { name: 'Record an opinion' }));
    await screen.findByTestId('staff-survey');
    fireEvent.change(screen.getByLabelText('Channel'), { target: { value: 'phone' } });
    fireEvent.change(screen.getByLabelText('Audience'), { target: { value: 'exhibitor' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the answers' }));
    expect(await screen.findAllByText('Please answer this question.')).toHaveLength(2);
    fireEvent.click(screen.getByRole('radio', { name: '6' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Neither satisfied nor dissatisfied' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save the answers' }));
    expect(await screen.findByTestId('staff-saved')).toBeTruthy();
    expect(await d.responses.toArray()).toMatchObject([{ mode: 'staff', channel: 'phone', audience: 'exhibitor', answers: { nps: 6, sat: 3 } }]);
    // The form is empty again for the next person.
    expect((screen.getByRole('radio', { name: '6' }) as HTMLInputElement).checked).toBe(false);
  });

  it('staff record a complaint: clear messages for a too long text and contact details without consent', async () => {
    await unlock();
    fireEvent.click(screen.getByRole('link', { name: 'Complaint or suggestion' }));
    const description = await screen.findByLabelText('What happened?');
    fireEvent.change(description, { target: { value: 'x'.repeat(5_001) } });
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'li.lei@example.cn' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('This description has 5,001 characters; at most 5,000 are kept. Please shorten it.')).toBeTruthy();
    expect(screen.getByText('Contact details can only be kept if the person agrees to be contacted.')).toBeTruthy();
    expect(await d.feedback.count()).toBe(0);
    fireEvent.change(description, { target: { value: '3号馆空调太冷 🥶' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'The person agrees to be contacted about this case.' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Suggestion' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByTestId('feedback-saved')).toBeTruthy();
    expect(await d.feedback.toArray()).toMatchObject([{ type: 'suggestion', description: '3号馆空调太冷 🥶', contactEmail: 'li.lei@example.cn', consentContact: true, channel: 'desk' }]);
  });
});
