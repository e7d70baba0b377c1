/**
 * GET /card-models/manifest.json and /card-models/VERSION/FILE: the card-reading models served to
 * devices from the npm packages that ship them. They are not part of the app's precache (tens of
 * MB that most tablets never need): a device downloads them once when staff press "prepare card
 * reading" and keeps them in its own Cache Storage. Versioned URLs make every file immutable.
 */
import { createReadStream } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { cardModelSet } from '../cards/models';

export interface CardModelManifest {
  version: string;
  files: Array<{ id: string; url: string; bytes: number }>;
}

export function cardModelRoutes(app: FastifyInstance): void {
  const set = cardModelSet();
  const manifest: CardModelManifest = {
    version: set.version,
    files: set.files.map((f) => ({ id: f.id, url: `/card-models/${set.version}/${f.name}`, bytes: f.bytes })),
  };
  app.get('/card-models/manifest.json', async (_request, reply) => reply.header('Cache-Control', 'no-cache').send(manifest));
  app.get<{ Params: { version: string; file: string } }>('/card-models/:version/:file', async (request, reply) => {
    const file = set.files.find((f) => f.name === request.params.file);
    if (!file || request.params.version !== set.version) return reply.code(404).type('text/plain').send('Not found');
    return reply
      .header('Cache-Control', 'public, max-age=31536000, immutable')
      .header('Content-Length', String(file.bytes))
      .type(file.contentType)
      .send(createReadStream(file.path));
  });
}
