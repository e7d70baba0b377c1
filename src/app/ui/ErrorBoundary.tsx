import { Component, type ReactNode } from 'react';
import { Translation } from 'react-i18next';
import { classifyStorageError } from '../data/storageErrors';

interface State {
  error: unknown;
}

/** Last resort: an error no screen handled is shown in words, with a way back, instead of a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const problem = classifyStorageError(this.state.error);
    return (
      <Translation>
        {(t) => (
          <main className="main">
            <div className="card notice bad" role="alert">
              <h1>{t('errors.title')}</h1>
              <p>{t(`errors.storage.${problem}`)}</p>
              <p className="muted">{String((this.state.error as Error)?.message ?? this.state.error)}</p>
              <button type="button" onClick={() => window.location.reload()}>
                {t('errors.reload')}
              </button>
            </div>
          </main>
        )}
      </Translation>
    );
  }
}
