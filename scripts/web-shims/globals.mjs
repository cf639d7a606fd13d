// The globals Node code expects, for the web worker: a `process` with no
// environment and no events, and Node's Buffer (the `buffer` package).
import { Buffer } from 'buffer';

const noop = () => {};
export const process = {
  env: {},
  argv: [],
  platform: 'browser',
  version: '',
  versions: {},
  cwd: () => '/',
  on: noop,
  once: noop,
  off: noop,
  emit: noop,
  removeListener: noop,
  listeners: () => [],
  nextTick: (callback, ...args) => queueMicrotask(() => callback(...args)),
  hrtime: Object.assign(() => [0, 0], { bigint: () => BigInt(Math.round(performance.now() * 1e6)) }),
  memoryUsage: () => ({ heapUsed: 0, rss: 0 }),
  emitWarning: noop,
};
export { Buffer };
