/**
 * The cold-start bench's reference: an empty app shell on React 19 with react-dom, registered
 * with the same service worker as the app (workbox-window, vite.config.ts's pwaOptions) and
 * served by the same server. It says it is ready the way the desk does (a badge field and
 * html[data-scanner=listening] set as the screen is committed), so the bench times both alike:
 * the app's cold start over this one's is the part that is ours.
 */
import { StrictMode, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { Workbox } from 'workbox-window';

function Shell() {
  useLayoutEffect(() => {
    document.documentElement.dataset.scanner = 'listening';
  }, []);
  return (
    <main>
      <label htmlFor="badge-code">Badge</label>
      <input id="badge-code" autoComplete="off" />
    </main>
  );
}

if ('serviceWorker' in navigator) void new Workbox('/sw.js', { scope: '/' }).register();
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <Shell />
    </StrictMode>,
  );
