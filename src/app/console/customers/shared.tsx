/** What the customer pages share: names of stages, sources, reasons and contact kinds in the shown language, numbers, loading. */
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LOST_REASON_LABELS, NOTE_KIND_LABELS, RETENTION_GROUP_LABELS, SOURCE_LABELS, STAGE_LABELS } from '../../../core/customers/labels';
import { isStage, LOST_REASONS, NOTE_KINDS, SOURCES, type LostReason, type NoteKind, type Source } from '../../../core/customers/pipeline';
import { localized } from '../../../core/schema/localized';
import { useErrorText } from '../../net/errorText';

/** The customer database's codes named in the shown language (core/customers/labels.ts holds the three languages). */
export function useLabels() {
  const { t, i18n } = useTranslation('customers');
  const lang = i18n.language;
  return {
    stage: (s: string | null) => (s && isStage(s) ? localized(STAGE_LABELS[s], lang) : t('noStage')),
    source: (s: string) => ((SOURCES as readonly string[]).includes(s) ? localized(SOURCE_LABELS[s as Source], lang) : t('noSource')),
    reason: (r: string) => ((LOST_REASONS as readonly string[]).includes(r) ? localized(LOST_REASON_LABELS[r as LostReason], lang) : r),
    noteKind: (k: string) => (k in NOTE_KIND_LABELS ? localized(NOTE_KIND_LABELS[k as keyof typeof NOTE_KIND_LABELS], lang) : t(`timeline.${k}`, { defaultValue: k })),
    group: (g: keyof typeof RETENTION_GROUP_LABELS) => localized(RETENTION_GROUP_LABELS[g], lang),
  };
}

export function useFormat() {
  const { t, i18n } = useTranslation('customers');
  const number = new Intl.NumberFormat(i18n.language);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const dateTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return {
    n: (x: number | null | undefined) => (x === null || x === undefined ? '–' : number.format(x)),
    pct: (x: number | null | undefined) => (x === null || x === undefined ? t('noRate') : `${number.format(x)} %`),
    date: (iso: string | null | undefined) => (iso ? date.format(new Date(iso)) : '–'),
    dateTime: (iso: string | null | undefined) => (iso ? dateTime.format(new Date(iso)) : '–'),
  };
}

/** Loads once (and again on `reload`), the error in words. */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): { data: T | null; error: string | null; reload: () => void } {
  const errorText = useErrorText();
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((x) => x + 1), []);
  useEffect(() => {
    let live = true;
    load().then(
      (d) => {
        if (!live) return;
        setData(d);
        setError(null);
      },
      (e: unknown) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what the load depends on
  }, [...deps, tick]);
  return { data, error, reload };
}

/** Runs an action, keeping its error in words and whether it is busy (buttons are disabled meanwhile). */
export function useAction() {
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (action: () => Promise<unknown>): Promise<boolean> => {
      setBusy(true);
      setError(null);
      try {
        await action();
        return true;
      } catch (e) {
        setError(errorText(e));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [errorText],
  );
  return { busy, error, run };
}

export function Problem({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <p className="notice bad" role="alert">
      {text}
    </p>
  );
}

/** A table that scrolls sideways on a phone instead of squeezing its columns. */
export function Scroll({ children, label }: { children: ReactNode; label: string }) {
  return (
    // A focusable region so a keyboard user can scroll it.
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

/** A labelled select over a fixed list, each option named in the reader's language. */
function ChoiceSelect<T extends string>({ id, label, value, options, name, onChange, none }: { id: string; label: string; value: T | ''; options: readonly T[]; name: (v: T) => string; onChange: (next: T) => void; none?: string }) {
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {none !== undefined && <option value="">{none}</option>}
        {options.map((o) => (
          <option key={o} value={o}>
            {name(o)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Where a customer came from; `none` names the empty choice ("no source", "all sources"). */
export function SourceSelect({ id, value, onChange, none }: { id: string; value: Source | ''; onChange: (next: Source | '') => void; none: string }) {
  const { t } = useTranslation('customers');
  const labels = useLabels();
  return <ChoiceSelect<Source | ''> id={id} label={t('customer.source')} value={value} options={SOURCES} name={(s) => labels.source(s)} onChange={onChange} none={none} />;
}

/** How a contact with a customer was made (visit, call, email, letter, …). */
export function NoteKindSelect({ id, label, value, onChange }: { id: string; label: string; value: NoteKind; onChange: (next: NoteKind) => void }) {
  const labels = useLabels();
  return <ChoiceSelect id={id} label={label} value={value} options={NOTE_KINDS} name={(k) => labels.noteKind(k)} onChange={onChange} />;
}
