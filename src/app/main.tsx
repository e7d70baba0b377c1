import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n } from './i18n';
import { registerServiceWorker } from './pwa/updates';
import { SyncEngine } from './sync/engine';
import './ui/styles.css';

document.documentElement.dataset.build = __BUILD_ID__;
initI18n();
registerServiceWorker();
new SyncEngine().start();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
