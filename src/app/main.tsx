import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadScreens } from './App';
import { initI18n, initialLanguage, LANGUAGES, loadLanguage } from './i18n';
import { registerServiceWorker } from './pwa/updates';
import { afterStart } from './ui/afterStart';
import './ui/styles.css';

document.documentElement.dataset.build = __BUILD_ID__;
const language = initialLanguage();
initI18n(language);
registerServiceWorker();

// The kiosk greets in every language at once; elsewhere only the chosen one is needed to start.
const languages = location.pathname.startsWith('/kiosk') ? LANGUAGES : [language];
const root = document.getElementById('root');
void Promise.all([...languages.map(loadLanguage), preloadScreens(location.pathname)]).then(() => {
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
