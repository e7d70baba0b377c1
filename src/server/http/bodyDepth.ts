/**
 * Refuses request bodies nested deeper than any of ours (a survey or the taxonomies are well under
 * 16 levels). JSON.parse takes any depth, but code that walks the value recursively afterwards
 * (JSON.stringify into the database, validation) would overflow the stack on 100,000 levels: the
 * request would fail with a 500, which devices retry forever. Checked once, iteratively, after
 * parsing and before any handler.
 */
import type { FastifyInstance } from 'fastify';
import { sendError } from './errors';

export const MAX_BODY_DEPTH = 32;

export function depthExceeds(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (node === null || typeof node !== 'object') continue;
    if (depth > max) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}

/**
 * A route may allow more (`config: { bodyDepth: n }`): the push route checks each mutation against
 * its own schema, so a record nested too deep is rejected alone and the rest of its batch lands.
 */
export function limitBodyDepth(app: FastifyInstance, max = MAX_BODY_DEPTH): void {
  app.addHook('preValidation', async (request, reply) => {
    const allowed = (request.routeOptions.config as { bodyDepth?: number } | undefined)?.bodyDepth ?? max;
    if (request.body !== null && typeof request.body === 'object' && depthExceeds(request.body, allowed)) {
      return sendError(reply, 'too_deep', `the request body nests deeper than ${allowed} levels`);
    }
  });
}
