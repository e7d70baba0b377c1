import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventConfig } from '../../core/schema/config';
import { eventApi } from '../../core/api/console/event';
import { call } from '../net/client';
import { useErrorText } from '../net/errorText';

export function EventForm() {
  const { t } = useTranslation('console');
  const errorText = useErrorText();
  const [event, setEvent] = useState<EventConfig | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    call(eventApi.get, {}).then(setEvent, (e: unknown) => setMessage({ ok: false, text: errorText(e) }));
  }, [errorText]);

  if (!event) return <p className="muted">{message?.text ?? t('loading')}</p>;

  const set = (patch: Partial<EventConfig>) => setEvent({ ...event, ...patch });

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!event) return;
    try {
      setEvent(await call(eventApi.save, { body: { name: event.name, startsOn: event.startsOn || null, endsOn: event.endsOn || null, venue: event.venue } }));
      setMessage({ ok: true, text: t('event.saved') });
    } catch (err) {
      setMessage({ ok: false, text: errorText(err) });
    }
  }

  return (
    <form className="card" onSubmit={onSubmit}>
      <h2>{t('event.title')}</h2>
      <div className="row">
        <div>
          <label htmlFor="event-name">{t('event.name')}</label>
          <input id="event-name" value={event.name} maxLength={200} onChange={(e) => set({ name: e.target.value })} required />
        </div>
        <div>
          <label htmlFor="event-venue">{t('event.venue')}</label>
          <input id="event-venue" value={event.venue} maxLength={300} onChange={(e) => set({ venue: e.target.value })} />
        </div>
      </div>
      <div className="row">
        <div>
          <label htmlFor="event-start">{t('event.startsOn')}</label>
          <input id="event-start" type="date" value={event.startsOn ?? ''} onChange={(e) => set({ startsOn: e.target.value || null })} />
        </div>
        <div>
          <label htmlFor="event-end">{t('event.endsOn')}</label>
          <input id="event-end" type="date" value={event.endsOn ?? ''} onChange={(e) => set({ endsOn: e.target.value || null })} />
        </div>
        <button type="submit">{t('event.save')}</button>
      </div>
      {message && (
        <p className={`notice ${message.ok ? 'ok' : 'bad'}`} role="status">
          {message.text}
        </p>
      )}
    </form>
  );
}
