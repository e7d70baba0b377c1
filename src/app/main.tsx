import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n, initialLanguage, LANGUAGES, loadLanguage } from './i18n';
import { registerServiceWorker } from './pwa/updates';
import { SyncEngine } from './sync/engine';
import './ui/styles.css';

document.documentElement.dataset.build = __BUILD_ID__;
const language = initialLanguage();
initI18n(language);
registerServiceWorker();
new SyncEngine().start();

// The kiosk greets in every language at once; elsewhere only the chosen one is needed to start.
const languages = location.pathname.startsWith('/kiosk') ? LANGUAGES : [language];
const root = document.getElementById('root');
void Promise.all(languages.map(loadLanguage)).then(() => {
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
