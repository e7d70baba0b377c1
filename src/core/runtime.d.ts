// src/core runs in browsers and in Node. It may use only what both provide; these are those
// globals, declared here because core compiles without the DOM or Node type libraries.
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
// Web Crypto's random source: globalThis.crypto in browsers, workers and Node 20.
declare const crypto: { getRandomValues<T extends Uint8Array>(array: T): T };
