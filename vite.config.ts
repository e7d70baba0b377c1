import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

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
 * The app is written against React's API and runs on Preact's compat layer: react-dom is 200 KB of
 * script a tablet compiles and runs before its first screen, Preact 30 KB, and on a slow tablet
 * that was a third of a cold start (decisions, 35). The unit tests use the same aliases, so the
 * components they render are the ones that ship.
 */
export const reactOnPreact = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
  // react-i18next's fallback for React before 18; Preact has the hook itself.
  { find: /^use-sync-external-store\/shim$/, replacement: 'preact/compat' },
];

export default defineConfig({
  define: { __BUILD_ID__: JSON.stringify(BUILD_ID) },
  plugins: [
    zodWithoutEval,
    react(),
    VitePWA({
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
    }),
  ],
  resolve: { alias: reactOnPreact },
  worker: { plugins: () => [zodWithoutEval] },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1024,
    rollupOptions: {
      onwarn(warning, warn) {
        // react-router reads React 19's `use` and `useOptimistic` and falls back when they are
        // missing, as they are in Preact's compat layer.
        if (warning.code === 'IMPORT_IS_UNDEFINED' && /react-router/.test(warning.id ?? '')) return;
        warn(warning);
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:8080' },
  },
});
