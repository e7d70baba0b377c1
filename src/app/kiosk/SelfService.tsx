/**
 * The locked self-service kiosk. One respondent is one `KioskSession`, remounted (new key) after
 * each submit or idle reset, so nothing of an earlier respondent survives in memory or on screen;
 * no step adds a browser history entry, so Back cannot lead to one either. Leaving needs the
 * staff PIN.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { localized } from '../../core/schema/localized';
import type { AnswerProblem } from '../../core/surveys/answers';
import type { SurveyDoc } from '../../core/surveys/schema';
import { AnswersInvalidError, captureResponse, loadActiveSurveys, type Answers } from '../data/surveys';
import { deviceLanguage, i18n, LANGUAGES, loadLanguage, switchLanguage, type Language } from '../i18n';
import { loadEventConfig } from '../data/event';
import { BadgeLinker, type Linked } from './BadgeLinker';
import { enterFullscreen } from './fullscreen';
import { PinDialog } from './PinDialog';
import { StepRunner } from './StepRunner';
import { useIdleReset } from './useIdleReset';
import { NATIVE_LANGUAGE_NAMES } from '../ui/languageNames';

export const THANKS_MS = 5_000;

type Phase = 'language' | 'choose' | 'badge' | 'questions' | 'thanks' | 'failed';

/** The visitor's language, changeable on every screen of the session without losing answers. */
function LanguageBar({ lang, onChange, onBack }: { lang: Language; onChange(l: Language): void; onBack?: () => void }) {
  const { t } = useTranslation('kiosk');
  return (
    <nav className="kiosk-langbar" aria-label={t('language.bar')} data-testid="kiosk-langbar">
      {onBack ? (
        <button type="button" className="secondary" onClick={onBack} data-testid="kiosk-back-to-language">
          {t('language.back')}
        </button>
      ) : (
        <span />
      )}
      <span className="kiosk-langbar-choices">
        {LANGUAGES.map((l) => (
          <button key={l} type="button" className="secondary" lang={l} aria-pressed={l === lang} onClick={() => onChange(l)}>
            {NATIVE_LANGUAGE_NAMES[l]}
          </button>
        ))}
      </span>
    </nav>
  );
}

function KioskSession({ onDone }: { onDone(): void }) {
  const { t } = useTranslation('kiosk');
  const surveys = useLiveQuery(loadActiveSurveys, []);
  const eventName = useLiveQuery(async () => (await loadEventConfig())?.name ?? '', []);
  const [phase, setPhase] = useState<Phase>('language');
  const [lang, setLang] = useState<Language>('zh-CN');
  const [survey, setSurvey] = useState<SurveyDoc | null>(null);
  const [linked, setLinked] = useState<Linked | null>(null);
  const idle = useIdleReset(phase !== 'language' && phase !== 'thanks', onDone);

  useEffect(() => {
    if (phase !== 'thanks') return;
    const timer = setTimeout(onDone, THANKS_MS);
    return () => clearTimeout(timer);
  }, [phase, onDone]);

  function changeLanguage(l: Language) {
    setLang(l);
    void switchLanguage(l);
  }
  function chooseLanguage(l: Language) {
    changeLanguage(l);
    setPhase('choose');
  }
  // Before the first answer the visitor may go back to the start; later the bar switches in place.
  const backToLanguage = () => {
    setSurvey(null);
    setLinked(null);
    setPhase('language');
  };
  // With one survey there is nothing to choose (decided here: the survey list may still be loading at the first tap).
  const only = surveys?.length === 1 ? surveys[0]! : null;
  const current = survey ?? only;
  const shownPhase: Phase = phase === 'choose' && only ? 'badge' : phase;

  async function submit(answers: Answers): Promise<AnswerProblem[] | null> {
    if (!survey) return null;
    try {
      await captureResponse({ survey, answers, language: lang, mode: 'kiosk', channel: 'kiosk', audience: linked?.audience ?? survey.audience, attendeeId: linked?.attendeeId ?? null });
      setPhase('thanks');
      return null;
    } catch (error) {
      if (error instanceof AnswersInvalidError) return error.problems;
      console.error('kiosk: response not saved', error);
      setPhase('failed');
      return null;
    }
  }

  let body;
  switch (shownPhase) {
    case 'language':
      body = (
        <div data-testid="kiosk-start">
          {eventName ? (
            <h1 className="kiosk-event" dir="auto" data-testid="kiosk-event-name">
              {eventName}
            </h1>
          ) : null}
          <div className="kiosk-prompts">
            {LANGUAGES.map((l) => (
              <p key={l} lang={l}>
                {i18n.getFixedT(l, 'kiosk')('start.prompt')}
              </p>
            ))}
          </div>
          <div className="kiosk-languages" style={{ marginTop: '2rem' }}>
            {LANGUAGES.map((l) => (
              <button key={l} type="button" lang={l} onClick={() => chooseLanguage(l)}>
                {NATIVE_LANGUAGE_NAMES[l]}
              </button>
            ))}
          </div>
        </div>
      );
      break;
    case 'choose':
      body = !surveys ? (
        <p className="muted">{t('loading')}</p>
      ) : surveys.length ? (
        <div className="kiosk-panel" data-testid="kiosk-choose">
          <h1>{t('choose.title')}</h1>
          <div className="kiosk-languages">
            {surveys.map((s) => (
              <button
                key={s.id}
                type="button"
                dir="auto"
                onClick={() => {
                  setSurvey(s);
                  setPhase('badge');
                }}
              >
                {localized(s.title, lang)}
              </button>
            ))}
          </div>
        </div>
      ) : (
        <div className="kiosk-panel kiosk-center" data-testid="kiosk-empty">
          <p className="kiosk-big">{t('empty')}</p>
          <button type="button" onClick={onDone}>
            {t('startOver')}
          </button>
        </div>
      );
      break;
    case 'badge':
      body = (
        <div className="kiosk-panel" data-testid="kiosk-badge">
          <h1 dir="auto">{current ? localized(current.title, lang) : ''}</h1>
          <BadgeLinker linked={linked} onLinked={setLinked} listening />
          <div className="kiosk-nav" style={{ marginTop: '1.5rem' }}>
            <span />
            <button
              type="button"
              onClick={() => {
                setSurvey(current);
                setPhase('questions');
              }}
            >
              {linked ? t('badge.continue') : t('badge.skip')}
            </button>
          </div>
        </div>
      );
      break;
    case 'questions':
      // The survey is held for the whole session, even if it is taken off kiosks meanwhile.
      body = survey ? (
        <StepRunner survey={survey} lang={lang} onSubmit={submit} />
      ) : (
        <div className="kiosk-panel kiosk-center" data-testid="kiosk-empty">
          <p className="kiosk-big">{t('empty')}</p>
          <button type="button" onClick={onDone}>
            {t('startOver')}
          </button>
        </div>
      );
      break;
    case 'thanks':
      body = (
        <div className="kiosk-panel kiosk-center" data-testid="kiosk-thanks" role="status">
          <p className="kiosk-big" dir="auto">
            {(survey && localized(survey.thanks, lang)) || t('thanks.title')}
          </p>
          <p>{t('thanks.next', { seconds: THANKS_MS / 1000 })}</p>
        </div>
      );
      break;
    case 'failed':
      body = (
        <div className="kiosk-panel kiosk-center" role="alert">
          <p className="kiosk-big">{t('failed')}</p>
          <button type="button" onClick={onDone}>
            {t('startOver')}
          </button>
        </div>
      );
      break;
  }

  const answering = shownPhase === 'choose' || shownPhase === 'badge' || shownPhase === 'questions';
  return (
    <>
      {answering ? <LanguageBar lang={lang} onChange={changeLanguage} {...(shownPhase === 'questions' ? {} : { onBack: backToLanguage })} /> : null}
      {body}
      {idle.secondsLeft !== null && (
        <div className="kiosk-overlay" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" data-testid="kiosk-idle">
          <div className="kiosk-panel">
            <p id="idle-title" className="kiosk-big">
              {t('idle.title')}
            </p>
            <p aria-live="assertive">{t('idle.countdown', { count: idle.secondsLeft })}</p>
            <button type="button" onClick={idle.stillHere}>
              {t('idle.stay')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}

export function SelfService({ onUnlocked }: { onUnlocked(): void }) {
  const { t } = useTranslation('kiosk');
  const [session, setSession] = useState(0);
  const [asking, setAsking] = useState(false);
  const next = useCallback(() => {
    // The next visitor starts from the device's language, not the last visitor's.
    void switchLanguage(deviceLanguage());
    setSession((s) => s + 1);
  }, []);
  // The start screen greets in every language: all must be loaded (a page opened as /kiosk has
  // them already; one that came here from another screen loads the others now, from the cache).
  const [languagesReady, setLanguagesReady] = useState(() => LANGUAGES.every((l) => i18n.hasResourceBundle(l, 'kiosk')));
  useEffect(() => {
    if (languagesReady) return;
    void Promise.all(LANGUAGES.map(loadLanguage)).then(() => setLanguagesReady(true));
  }, [languagesReady]);
  if (!languagesReady) return null;

  return (
    // Every tap asks for full screen again if a visitor left it: browsers only allow it inside a gesture.
    <div className="kiosk" data-testid="kiosk" data-session={session} onPointerDownCapture={enterFullscreen}>
      <main className="kiosk-main">
        <KioskSession key={session} onDone={next} />
      </main>
      <button type="button" className="secondary kiosk-exit" aria-label={t('exit.open')} onClick={() => setAsking(true)}>
        <span aria-hidden="true">{'⚙'}</span>
      </button>
      {asking && <PinDialog onCancel={() => setAsking(false)} onUnlocked={onUnlocked} />}
    </div>
  );
}
