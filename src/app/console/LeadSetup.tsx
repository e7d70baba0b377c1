/**
 * What booth devices qualify leads with, set by the organizer: the questions asked at every booth,
 * and any exhibitor's products and questions (exhibitors can also edit their own at /exhibitor).
 */
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { boothProfileSchema, organizerQuestionsDocSchema, type BoothProfile, type OrganizerQuestionsDoc } from '../../core/leads/profile';
import { BoothProfileForm } from '../ui/BoothProfileForm';
import { request } from '../net/http';
import { consoleApi } from './api';
import { useRefreshing } from './useRefreshing';

const json = (method: string, body?: unknown): RequestInit => ({ method, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });

function OrganizerQuestions() {
  const { t } = useTranslation('leads');
  const id = useId();
  const [doc, setDoc] = useState<OrganizerQuestionsDoc | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    request('/api/v1/console/lead-questions', json('GET'), (b) => organizerQuestionsDocSchema.parse(b)).then(setDoc, (err: Error) => setError(err.message));
  }, []);
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('profile.organizerTitle')}</h2>
      <p className="muted">{t('profile.organizerHelp')}</p>
      {error && (
        <p className="notice bad" role="alert">
          {t('profile.loadFailed', { detail: error })}
        </p>
      )}
      {!doc && !error && <p className="muted">{t('profile.loading')}</p>}
      {doc && (
        <BoothProfileForm
          testId="organizer-questions"
          initial={{ products: [], questions: doc.questions }}
          withProducts={false}
          onSave={async (input) => {
            await request('/api/v1/console/lead-questions', json('PUT', { questions: input.questions }), (b) => organizerQuestionsDocSchema.parse(b));
          }}
        />
      )}
    </section>
  );
}

function ExhibitorBooth() {
  const { t } = useTranslation('leads');
  const id = useId();
  const exhibitors = useRefreshing(useCallback(() => consoleApi.exhibitors(), []), 60_000);
  const [exhibitorId, setExhibitorId] = useState('');
  const [profile, setProfile] = useState<BoothProfile | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!exhibitorId) return;
    let alive = true;
    request(`/api/v1/console/exhibitors/${encodeURIComponent(exhibitorId)}/booth`, json('GET'), (b) => boothProfileSchema.parse(b)).then(
      (p) => alive && setProfile(p),
      (err: Error) => alive && setError(err.message),
    );
    return () => {
      alive = false;
    };
  }, [exhibitorId]);
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('profile.boothTitle')}</h2>
      <label htmlFor={`${id}-x`}>{t('logins.exhibitor')}</label>
      <select
        id={`${id}-x`}
        value={exhibitorId}
        onChange={(e) => {
          setProfile(null);
          setError(null);
          setExhibitorId(e.target.value);
        }}
      >
        <option value="">{t('logins.chooseExhibitor')}</option>
        {(exhibitors.data ?? []).map((x) => (
          <option key={x.id} value={x.id}>
            {x.name}
          </option>
        ))}
      </select>
      {error && (
        <p className="notice bad" role="alert">
          {t('profile.loadFailed', { detail: error })}
        </p>
      )}
      {exhibitorId && !profile && !error && <p className="muted">{t('profile.loading')}</p>}
      {profile && (
        <BoothProfileForm
          key={profile.exhibitorId}
          testId="console-booth-profile"
          initial={profile}
          withProducts
          onSave={async (input) => {
            await request(`/api/v1/console/exhibitors/${encodeURIComponent(profile.exhibitorId)}/booth`, json('PUT', input), (b) => boothProfileSchema.parse(b));
          }}
        />
      )}
    </section>
  );
}

export function LeadSetup() {
  return (
    <>
      <OrganizerQuestions />
      <ExhibitorBooth />
    </>
  );
}
