/**
 * Business card capture: take a photo (or choose an image), read it on the device, let staff
 * confirm or correct every field, and hand back the fields with the photo.
 *
 * Props:
 *  - onConfirm({fields, photo, text, unread}): staff pressed "Save card". `fields` are validated
 *    (cardFieldsSchema; phones in E.164 where they parse), `photo` is the image as taken, `text`
 *    what OCR read (empty when not read). `unread` is true when the card could not be read because
 *    card reading is not prepared on this device: keep the photo with the lead and read it later.
 *  - onCancel(): optional; shows a Cancel button.
 *  - photo, fields: optional; start from a photo already taken (a lead saved with its card unread),
 *    skipping the choose step, with the fields staff typed then. It is read as soon as card reading
 *    is prepared; there is no retake (the photo belongs to the lead).
 *
 * When card reading is not prepared it offers "Prepare card reading" (a one-time download with a
 * progress bar); offline, the photo can still be saved with empty fields, to be read later.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CARD_FIELDS, cardFieldsSchema, countCardFields, PHONE_FIELDS, type CardField, type CardFields } from '../../core/cards/fields';
import { parsePhone } from '../../core/phone';
import { ProgressBar } from '../ui/ProgressBar';
import { useOnline } from '../ui/hooks';
import { CardReadError, readCard, releaseCardReader, warmUpCardReader } from './cardReader';
import { isCardReadingReady, MANIFEST_URL, ModelDownloadError, prepareCardReading, type PrepareProgress } from './modelStore';
import './CardCapture.css';

export interface CardCaptureResult {
  fields: CardFields;
  photo: Blob;
  text: string;
  unread: boolean;
}

export interface CardCaptureProps {
  onConfirm(result: CardCaptureResult): void;
  onCancel?(): void;
  photo?: Blob;
  fields?: CardFields;
}

type Phase = 'choose' | 'reading' | 'review' | 'unread';
type Drafts = Record<CardField, string>;

const EMPTY_DRAFTS: Drafts = Object.fromEntries(CARD_FIELDS.map((f) => [f, ''])) as Drafts;
const MB = 1024 * 1024;

function toDrafts(fields: CardFields): Drafts {
  return Object.fromEntries(CARD_FIELDS.map((f) => [f, fields[f] ?? ''])) as Drafts;
}

/** What staff typed, validated; phone numbers that parse become E.164, others stay as typed. */
function fromDrafts(drafts: Drafts): CardFields {
  const values: Record<string, string> = { ...drafts };
  for (const f of PHONE_FIELDS) values[f] = parsePhone(drafts[f])?.e164 ?? drafts[f];
  return cardFieldsSchema.parse(values);
}

export function CardCapture({ onConfirm, onCancel, photo: initialPhoto, fields: initialFields }: CardCaptureProps) {
  const { t } = useTranslation('cards');
  const online = useOnline();
  const id = useId();
  const [ready, setReady] = useState<boolean | null>(null);
  const [downloadMb, setDownloadMb] = useState<number | null>(null);
  const [progress, setProgress] = useState<PrepareProgress | null>(null);
  const [prepareError, setPrepareError] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>(initialPhoto ? 'unread' : 'choose');
  const [photo, setPhoto] = useState<Blob | null>(null);
  const [photoUrl, setPhotoUrl] = useState<string | null>(null);
  const [drafts, setDrafts] = useState<Drafts>(initialFields ? toDrafts(initialFields) : EMPTY_DRAFTS);
  const [text, setText] = useState('');
  const [notice, setNotice] = useState<'noFields' | 'noText' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [seconds, setSeconds] = useState<number | null>(null);
  // Fields the reader was unsure of; a field leaves the set once staff change it.
  const [unsure, setUnsure] = useState<ReadonlySet<CardField>>(new Set());
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    let alive = true;
    void isCardReadingReady().then((r) => {
      if (!alive) return;
      setReady(r);
      // Load the models into the worker while staff frame the card: the first read is then as fast as the next.
      if (r) void warmUpCardReader().catch(() => undefined);
    });
    return () => {
      alive = false;
      abort.current?.abort();
      releaseCardReader();
    };
  }, []);

  useEffect(() => {
    if (ready !== false || !online || downloadMb !== null) return;
    let alive = true;
    fetch(MANIFEST_URL, { cache: 'no-store' })
      .then((r) => (r.ok ? (r.json() as Promise<{ files: Array<{ bytes: number }> }>) : null))
      .then((m) => {
        if (alive && m) setDownloadMb(Math.round(m.files.reduce((s, f) => s + f.bytes, 0) / MB));
      })
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, [ready, online, downloadMb]);

  const urlRef = useRef<string | null>(null);
  function showPhoto(blob: Blob | null) {
    if (urlRef.current) URL.revokeObjectURL(urlRef.current);
    urlRef.current = blob ? URL.createObjectURL(blob) : null;
    setPhoto(blob);
    setPhotoUrl(urlRef.current);
  }
  useEffect(
    () => () => {
      if (urlRef.current) URL.revokeObjectURL(urlRef.current);
    },
    [],
  );

  // An existing photo is shown at once and read as soon as we know card reading is prepared.
  const started = useRef(false);
  useEffect(() => {
    if (!initialPhoto || ready === null || started.current) return;
    started.current = true;
    showPhoto(initialPhoto);
    if (ready) void read(initialPhoto);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when readiness is first known
  }, [ready]);

  async function read(image: Blob) {
    setPhase('reading');
    setUnsure(new Set());
    setError(null);
    setNotice(null);
    try {
      const reading = await readCard(image);
      setDrafts(toDrafts(reading.fields));
      setUnsure(new Set(reading.unsure));
      setText(reading.text);
      setSeconds(reading.ms / 1000);
      if (!reading.text.trim()) setNotice('noText');
      else if (!countCardFields(reading.fields)) setNotice('noFields');
      setPhase('review');
    } catch (e) {
      const kind = e instanceof CardReadError ? e.kind : 'failed';
      const detail = (e as Error).message;
      if (kind === 'models-missing') {
        setReady(false);
        setPhase('unread');
      } else if (kind === 'not-image' || kind === 'too-large') {
        // Not a photo to keep: nothing was captured.
        showPhoto(null);
        setError(kind === 'not-image' ? t('errors.notImage') : t('errors.tooLarge', { detail }));
        setPhase('choose');
      } else {
        setDrafts(initialFields ? toDrafts(initialFields) : EMPTY_DRAFTS);
        setError(t('errors.failed', { detail }));
        setPhase('review');
      }
    }
  }

  function onFile(file: File | undefined) {
    if (!file) return;
    showPhoto(file);
    setDrafts(EMPTY_DRAFTS);
    setText('');
    setSeconds(null);
    if (ready) void read(file);
    else {
      setError(null);
      setNotice(null);
      setPhase('unread');
    }
  }

  async function prepare() {
    setPrepareError(null);
    abort.current = new AbortController();
    try {
      await prepareCardReading(setProgress, abort.current.signal);
      setReady(true);
      setProgress(null);
      if (phase === 'unread' && photo) void read(photo);
      else void warmUpCardReader().catch(() => undefined);
    } catch (e) {
      if ((e as Error).name === 'AbortError') return;
      setProgress(null);
      const reason = (e as Error).message;
      setPrepareError(e instanceof ModelDownloadError && e.kind === 'storage' ? t('prepare.storage', { reason }) : t('prepare.failed', { reason }));
    }
  }

  function confirm() {
    if (!photo) return;
    onConfirm({ fields: fromDrafts(drafts), photo, text, unread: phase === 'unread' });
  }

  function again() {
    setUnsure(new Set());
    showPhoto(null);
    setPhase('choose');
    setDrafts(EMPTY_DRAFTS);
    setNotice(null);
    setError(null);
  }

  const preparing = progress !== null;
  const showFields = phase === 'review' || phase === 'unread';

  return (
    <section className="card card-capture" aria-labelledby={`${id}-heading`} data-testid="card-capture" data-phase={phase}>
      <h2 id={`${id}-heading`}>{t('title')}</h2>

      {ready === false && (
        <div className="notice warn" data-testid="card-prepare">
          {preparing && progress ? (
            <ProgressBar done={progress.loaded} total={progress.total} label={t('prepare.progress', { loaded: (progress.loaded / MB).toFixed(1), total: (progress.total / MB).toFixed(1) })} />
          ) : online ? (
            <>
              <p>{t('prepare.help', { size: downloadMb ?? 30 })}</p>
              <button type="button" onClick={() => void prepare()}>
                {t('prepare.button')}
              </button>
            </>
          ) : (
            <p>{t('prepare.offline')}</p>
          )}
          {prepareError && (
            <p className="error" role="alert">
              {prepareError}
            </p>
          )}
        </div>
      )}
      {ready === true && phase === 'choose' && (
        <p className="notice ok" data-testid="card-ready">
          {t('prepare.ready')}
        </p>
      )}

      {error && (
        <p className="notice bad" role="alert">
          {error}
        </p>
      )}

      {phase === 'choose' && (
        <div className="row card-capture-pick">
          <label className="button">
            {t('capture.takePhoto')}
            <input className="sr-only" type="file" accept="image/*" capture="environment" onChange={(e) => onFile(e.target.files?.[0])} />
          </label>
          <label className="button secondary">
            {t('capture.choose')}
            <input className="sr-only" type="file" accept="image/*" onChange={(e) => onFile(e.target.files?.[0])} />
          </label>
        </div>
      )}

      {photoUrl && phase !== 'choose' && <img className="card-capture-photo" src={photoUrl} alt={t('photoAlt')} />}

      {phase === 'reading' && (
        <p className="notice" role="status">
          {t('reading')}
        </p>
      )}

      {phase === 'unread' && (
        <p className="notice warn" role="status" data-testid="card-unread">
          {online ? t('review.unreadOnline') : t('review.unreadOffline')}
        </p>
      )}

      {showFields && (
        <form
          data-testid="card-fields"
          onSubmit={(e) => {
            e.preventDefault();
            confirm();
          }}
        >
          {phase === 'review' && <p className="muted">{seconds !== null ? `${t('review.help')} ${t('review.time', { seconds: seconds.toFixed(1) })}` : t('review.help')}</p>}
          {notice && (
            <p className="notice warn" role="status">
              {t(`review.${notice}`)}
            </p>
          )}
          {phase === 'review' && unsure.size > 0 && (
            <p className="notice warn" role="status" data-testid="card-unsure">
              {t('review.unsure', { fields: CARD_FIELDS.filter((f) => unsure.has(f)).map((f) => t(`fields.${f}`)).join(t('review.listSeparator')) })}
            </p>
          )}
          <div className="card-capture-fields">
            {CARD_FIELDS.map((f) => (
              <div key={f} className={unsure.has(f) ? 'card-capture-unsure' : undefined}>
                <label htmlFor={`${id}-${f}`}>{t(`fields.${f}`)}</label>
                <input
                  id={`${id}-${f}`}
                  name={f}
                  value={drafts[f]}
                  inputMode={PHONE_FIELDS.includes(f) ? 'tel' : f === 'email' ? 'email' : f === 'website' ? 'url' : undefined}
                  autoComplete="off"
                  aria-describedby={unsure.has(f) ? `${id}-${f}-unsure` : undefined}
                  onChange={(e) => {
                    const value = e.target.value;
                    setDrafts((d) => ({ ...d, [f]: value }));
                    setUnsure((u) => (u.has(f) ? new Set([...u].filter((x) => x !== f)) : u));
                  }}
                />
                {unsure.has(f) && (
                  <span id={`${id}-${f}-unsure`} className="card-capture-unsure-note">
                    {t('review.unsureField')}
                  </span>
                )}
              </div>
            ))}
          </div>
          <div className="row card-capture-actions">
            <button type="submit">{phase === 'unread' ? t('actions.keepPhoto') : t('actions.confirm')}</button>
            {phase === 'unread' && ready === true && (
              <button type="button" className="secondary" onClick={() => photo && void read(photo)}>
                {t('actions.readNow')}
              </button>
            )}
            {!initialPhoto && (
              <button type="button" className="secondary" onClick={again}>
                {t('actions.retake')}
              </button>
            )}
            {onCancel && (
              <button type="button" className="secondary" onClick={onCancel}>
                {t('actions.cancel')}
              </button>
            )}
          </div>
        </form>
      )}

      {phase === 'choose' && onCancel && (
        <div className="row">
          <button type="button" className="secondary" onClick={onCancel}>
            {t('actions.cancel')}
          </button>
        </div>
      )}
    </section>
  );
}

export default CardCapture;
