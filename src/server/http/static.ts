import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

const APP_ROUTES = /^\/(pair|desk|booth|kiosk|console|exhibitor)(\/|$)|^\/$/;

/** Serves the built PWA; app routes get index.html so a deep link or reload works online too. */
export async function serveApp(app: FastifyInstance, staticDir: string): Promise<void> {
  if (!existsSync(path.join(staticDir, 'index.html'))) {
    app.log.warn(`no built app in ${staticDir}; run npm run build`);
    return;
  }
  await app.register(fastifyStatic, {
    root: staticDir,
    wildcard: false,
    index: false,
    setHeaders(reply, filePath) {
      const name = path.basename(filePath);
      // Hashed assets never change; the service worker, manifest and shell must be revalidated so updates are seen.
      if (filePath.includes(`${path.sep}assets${path.sep}`)) reply.header('Cache-Control', 'public, max-age=31536000, immutable');
      else reply.header('Cache-Control', 'no-cache');
      if (name === 'sw.js') reply.header('Service-Worker-Allowed', '/');
    },
  });
  app.get('/*', async (request, reply) => {
    const url = request.url.split('?')[0] ?? '/';
    if (APP_ROUTES.test(url)) return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
    const file = path.normalize(decodeURIComponent(url)).replace(/^(\.\.[/\\])+/, '');
    if (existsSync(path.join(staticDir, file)) && !file.endsWith('/')) return reply.sendFile(file.replace(/^\//, ''));
    return reply.code(404).type('text/plain').send('Not found');
  });
}
