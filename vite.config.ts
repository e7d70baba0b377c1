import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa';

// Identifies a build: shown in the app, and lets tests deploy a "new version" of the same sources.
const BUILD_ID = process.env.SHOWFLOOR_BUILD_ID ?? new Date().toISOString();

/**
 * zod probes for eval (`new Function`) to compile fast parsers; the app's CSP forbids eval, so the
 * probe is refused and reported as a violation on every page load and in workers. Setting its
 * `jitless` flag where zod creates its config, before any schema exists, skips the probe.
 * (tests/e2e/security.spec.ts fails if a violation comes back.)
 */
const zodWithoutEval: Plugin = {
  name: 'showfloor:zod-without-eval',
  transform(code, id) {
    if (!/[\\/]zod[\\/]v4[\\/]core[\\/]core\.js$/.test(id)) return null;
    return { code: `${code}\nglobalConfig.jitless = true;\n`, map: null };
  },
};

/**
 * The service worker of every build. The cold-start bench gives a bare React page the same one
 * (tests/bench/bareReact), so its comparison measures the app, not the worker.
 */
export const pwaOptions: Partial<VitePWAOptions> = {
  // The app decides when to update (never offline or mid-sync): see src/app/pwa/updates.ts.
  registerType: 'prompt',
  injectRegister: false,
  strategies: 'generateSW',
  includeAssets: ['icons/*.png'],
  manifest: {
    name: 'Showfloor 展会现场',
    short_name: 'Showfloor',
    description: 'Registration desk, information booth and exhibitor lead capture for trade shows, offline first.',
    lang: 'zh-CN',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'any',
    background_color: '#ffffff',
    theme_color: '#0f4c81',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,png,svg,ico,webmanifest,wasm}'],
    // Card reading's onnxruntime wasm (14 MB, emitted because its loader names it) is not in the first
    // download: devices fetch it with the models from /card-models/ when staff prepare card reading.
    globIgnores: ['**/ort-wasm-*.wasm'],
    navigateFallback: '/index.html',
    navigateFallbackDenylist: [/^\/api\//],
    // Old precaches stay until the new version is activated by the user, so lazy chunks of the running version keep loading.
    cleanupOutdatedCaches: true,
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  },
};

export default defineConfig({
  define: { __BUILD_ID__: JSON.stringify(BUILD_ID) },
  plugins: [
    zodWithoutEval,
    react(),
    VitePWA(pwaOptions),
  ],
  worker: { plugins: () => [zodWithoutEval] },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1024,
  },
  server: {
    proxy: { '/api': 'http://localhost:8080' },
  },
});
