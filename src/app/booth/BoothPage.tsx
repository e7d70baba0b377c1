/**
 * The exhibitor's booth: scan a visitor's badge (scanner anywhere on the page, typed, or the
 * camera) and their lead opens at once, offline; or read a business card into a lead. Then
 * qualify it, find it again in the list, export the list.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardCaptureResult } from '../cards/CardCapture';
import { allLeads, boothSetup, captureCardLead, deleteLead, restoreLead, scanBadge, type ScanOutcome } from '../data/leads';
import { preparePhoto } from '../data/feedbackPhotos';
import { classifyStorageError } from '../data/storageErrors';
import type { LocalLead } from '../data/leads';
import { CameraScanner, type ScanVerdict } from '../scan/CameraScanner';
import { useKeyboardWedge } from '../scan/useKeyboardWedge';
import { AppHeader } from '../ui/AppHeader';
import { useDevice } from '../ui/hooks';
import { LeadList } from './LeadList';
import { LeadQualify } from './LeadQualify';
import './booth.css';

// Card reading (and its worker) loads only when staff open it.
const CardCapture = lazy(() => import('../cards/CardCapture'));

const NOTICE_MS = 8_000;

const NO_SETUP = { questions: [], products: [], exhibitorName: '' };

interface Notice {
  tone: 'ok' | 'warn' | 'bad';
  text: string;
  /** A deleted lead that can be brought back. */
  undo?: string;
}

export function BoothPage() {
  const { t } = useTranslation('leads');
  const { device } = useDevice();
  const leads = useLiveQuery(allLeads, []) ?? [];
  const setup = useLiveQuery(boothSetup, []) ?? NO_SETUP;
  const [openId, setOpenId] = useState<string | null>(null);
  // The lead a scan just opened, shown at once: the live query catches up a moment later.
  const [opened, setOpened] = useState<LocalLead | null>(null);
  // The list re-renders after the lead panel: a long list never delays the scan's answer.
  const listed = useDeferredValue(leads);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [readingCard, setReadingCard] = useState(false);
  const [typed, setTyped] = useState('');

  // A message that needs nothing from staff goes by itself after a while; a problem or an undo waits to be closed.
  useEffect(() => {
    if (!notice || notice.tone === 'bad' || notice.undo) return;
    const timer = setTimeout(() => setNotice((current) => (current === notice ? null : current)), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  const open = leads.find((l) => l.id === openId) ?? (opened?.id === openId ? opened : null);

  const submit = useCallback(
    async (code: string): Promise<ScanOutcome | null> => {
      try {
        const outcome = await scanBadge(code);
        if (outcome.status === 'invalid') {
          setNotice({ tone: 'bad', text: t(`scan.invalid.${outcome.reason}`) });
          return outcome;
        }
        const name = outcome.lead.contact.name ?? '';
        setNotice({ tone: outcome.status === 'created' ? 'ok' : 'warn', text: t(`scan.${outcome.status}`, { name }) });
        setOpened(outcome.lead);
        setOpenId(outcome.lead.id);
        return outcome;
      } catch (e) {
        setNotice({ tone: 'bad', text: t(`common:errors.storage.${classifyStorageError(e)}`, { detail: (e as Error).message }) });
        return null;
      }
    },
    [t],
  );

  useKeyboardWedge(
    useCallback((code: string) => void submit(code), [submit]),
    !readingCard,
  );

  const onCameraScan = useCallback(async (code: string): Promise<ScanVerdict> => {
    const outcome = await submit(code);
    return outcome && outcome.status !== 'invalid' ? 'success' : 'error';
  }, [submit]);

  function onTypedSubmit(event: FormEvent) {
    event.preventDefault();
    const code = typed.trim();
    if (!code) return;
    setTyped('');
    void submit(code);
  }

  async function onCard(result: CardCaptureResult) {
    setReadingCard(false);
    try {
      const photo = await preparePhoto(result.photo)
        .then((b) => b.arrayBuffer())
        .catch(() => null);
      const lead = await captureCardLead({ fields: result.fields, photo, text: result.text, unread: result.unread });
      setNotice({ tone: 'ok', text: t(result.unread ? 'card.savedUnread' : 'card.saved', { name: lead.contact.name ?? '' }) });
      setOpened(lead);
      setOpenId(lead.id);
    } catch (e) {
      setNotice({ tone: 'bad', text: t(`common:errors.storage.${classifyStorageError(e)}`, { detail: (e as Error).message }) });
    }
  }

  async function onDelete(lead: LocalLead) {
    await deleteLead(lead.id);
    if (openId === lead.id) setOpenId(null);
    setNotice({ tone: 'warn', text: t('list.deleted', { name: lead.contact.name ?? lead.contact.company ?? t('list.unnamed') }), undo: lead.id });
  }

  async function onUndo(id: string) {
    await restoreLead(id);
    setNotice({ tone: 'ok', text: t('list.restored') });
  }

  return (
    <>
      <AppHeader title={t('common:mode.booth')} />
      <main className="main booth">
        <p className="muted">
          {setup.exhibitorName && <strong data-testid="booth-exhibitor">{setup.exhibitorName} · </strong>}
          {t('staffAs', { name: device?.deviceName ?? '' })}
        </p>
        <p className="muted">{t('scan.hint')}</p>
        <form className="card row" onSubmit={onTypedSubmit}>
          <div>
            <label htmlFor="booth-code">{t('scan.typeCode')}</label>
            <input id="booth-code" autoComplete="off" autoCapitalize="characters" spellCheck={false} value={typed} onChange={(e) => setTyped(e.target.value)} />
          </div>
          <button type="submit">{t('scan.open')}</button>
          {!readingCard && (
            <button type="button" className="secondary" onClick={() => setReadingCard(true)} data-testid="read-card">
              {t('card.read')}
            </button>
          )}
        </form>
        {readingCard && (
          <Suspense fallback={<p className="muted">{t('card.loading')}</p>}>
            <CardCapture onConfirm={(r) => void onCard(r)} onCancel={() => setReadingCard(false)} />
          </Suspense>
        )}
        <CameraScanner onScan={onCameraScan} />
        {open && <LeadQualify key={open.id} lead={open} questions={setup.questions} products={setup.products} onClose={() => setOpenId(null)} onDelete={(l) => void onDelete(l)} />}
        {/* Messages stand at the bottom of the screen, by the scan button and the thumb, wherever staff have scrolled to. */}
        {notice && (
          <div className={`notice booth-toast ${notice.tone}`} role={notice.tone === 'bad' ? 'alert' : 'status'} data-testid="booth-notice">
            <span>{notice.text}</span>
            {notice.undo && (
              <button type="button" className="secondary undo" data-testid="lead-undo" onClick={() => void onUndo(notice.undo!)}>
                {t('list.undo')}
              </button>
            )}
            <button type="button" className="secondary toast-close" aria-label={t('closeMessage')} onClick={() => setNotice(null)}>
              ×
            </button>
          </div>
        )}
        <LeadList leads={listed} products={setup.products} questions={setup.questions} onOpen={setOpenId} onDelete={(l) => void onDelete(l)} />
      </main>
    </>
  );
}
