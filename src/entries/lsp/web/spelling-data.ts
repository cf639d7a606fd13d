/** The spelling data as the web extension sends it (protocol.ts), as Hunspell takes it (src/spelling/hunspell.ts). */
import type { SpellingData } from '../../../spelling/hunspell.js';
import { bytesOfBase64, type SpellingParams } from './protocol.js';

const encoder = new TextEncoder();

export function spellingDataOf(params: SpellingParams): SpellingData {
  return {
    wasm: () => bytesOfBase64(params.wasm),
    aff: (lang) => encoder.encode(params.aff[lang]),
    dic: (lang) => encoder.encode(params.dic[lang]),
  };
}
