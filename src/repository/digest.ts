/** SHA-1 of a text, in hex. node:crypto loads on first use: a run replayed from the cache hashes nothing. */
import { createRequire } from 'node:module';

let createHash: typeof import('node:crypto').createHash | undefined;

export function sha1(text: string): string {
  // (Written as `createRequire(import.meta.url)('literal')` so that the bundle keeps it lazy: scripts/bundle.mjs.)
  createHash ??= (createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')).createHash;
  return createHash('sha1').update(text).digest('hex');
}
