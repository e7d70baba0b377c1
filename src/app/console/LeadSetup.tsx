/**
 * What booth devices qualify leads with, set by the organizer: the questions asked at every booth,
 * and any exhibitor's products and questions (exhibitors can also edit their own at /exhibitor).
 */
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eventApi } from '../../core/api/console/event';
import { leadsSetupApi } from '../../core/api/console/leads';
import type { BoothProfile, OrganizerQuestionsDoc } from '../../core/leads/profile';
import { BoothProfileForm } from '../ui/BoothProfileForm';
import { call } from '../net/client';
import { useErrorText } from '../net/errorText';
import { useRefreshing } from './useRefreshing';

function OrganizerQuestions() {
  const { t } = useTranslation('leads');
  const id = useId();
  const errorText = useErrorText();
  const [doc, setDoc] = useState<OrganizerQuestionsDoc | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call(leadsSetupApi.questions, {}).then(setDoc, (err: unknown) => setError(errorText(err)));
  }, [errorText]);
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
            await call(leadsSetupApi.saveQuestions, { body: { questions: input.questions } });
          }}
        />
      )}
    </section>
  );
}

function ExhibitorBooth() {
  const { t } = useTranslation('leads');
  const id = useId();
  const errorText = useErrorText();
  const exhibitors = useRefreshing(useCallback(() => call(eventApi.exhibitors, {}).then((r) => r.exhibitors), []), 60_000);
  const [exhibitorId, setExhibitorId] = useState('');
  const [profile, setProfile] = useState<BoothProfile | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!exhibitorId) return;
    let alive = true;
    call(leadsSetupApi.booth, { params: { id: exhibitorId } }).then(
      (p) => alive && setProfile(p),
      (err: unknown) => alive && setError(errorText(err)),
    );
    return () => {
      alive = false;
    };
  }, [exhibitorId, errorText]);
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
            await call(leadsSetupApi.saveBooth, { params: { id: profile.exhibitorId }, body: input });
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
