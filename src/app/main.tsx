// First: sets the start's loads going before the modules below are evaluated.
import { early } from './startEarly';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n, loadLanguage } from './i18n';
import { registerServiceWorker } from './pwa/updates';
import { afterStart } from './ui/afterStart';
import './ui/styles.css';

document.documentElement.dataset.build = __BUILD_ID__;
initI18n(early.language);
registerServiceWorker();

const root = document.getElementById('root');
void early.loads
  .then(() => Promise.all(early.languages.map(loadLanguage)))
  .then(() => {
    if (!root) return;
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
    // The sync runner waits until the screen is up and the tablet idle: at a cold start offline it
    // would only compete with the first screen for the CPU and IndexedDB (decisions, 32 and 35).
    afterStart(() => void import('./sync/engine').then(({ SyncEngine }) => new SyncEngine().start()));
  });
