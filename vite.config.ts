import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// Identifies a build: shown in the app, and lets tests deploy a "new version" of the same sources.
const BUILD_ID = process.env.SHOWFLOOR_BUILD_ID ?? new Date().toISOString();

export default defineConfig({
  define: { __BUILD_ID__: JSON.stringify(BUILD_ID) },
  plugins: [
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
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1024,
  },
  server: {
    proxy: { '/api': 'http://localhost:8080' },
  },
});
