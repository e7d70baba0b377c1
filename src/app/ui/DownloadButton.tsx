/** A file from the server (CSV, XLSX, a JSON download) saved through the typed client: a failure is said in words beside the button. */
import { useState, type ReactNode } from 'react';
import { saveFile, type CallInput, type FileEndpoint } from '../net/client';
import { useErrorText } from '../net/errorText';

export function DownloadButton<E extends FileEndpoint>(props: { endpoint: E; input: CallInput<E>; fileName: string; children: ReactNode; className?: string; testId?: string }) {
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function click() {
    setBusy(true);
    setError(null);
    try {
      await saveFile(props.endpoint, props.input, props.fileName);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <button type="button" className={props.className ?? 'secondary'} disabled={busy} aria-busy={busy} data-testid={props.testId} onClick={() => void click()}>
        {props.children}
      </button>
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
