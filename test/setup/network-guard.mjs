// The tests' hosts file. Loaded into every test process and every process a
// test starts (NODE_OPTIONS --import, set in vitest.config.ts; bench scripts
// pass it too): a host name that is not loopback never reaches the system
// resolver, it fails at once as "not found", as it would offline. With
// AK_NETWORK_GUARD_LOG set, each such name is written there (to see which).
import dns from 'node:dns';
import { appendFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';

const log = process.env.AK_NETWORK_GUARD_LOG;
const loopbackName = (host) => host === 'localhost' || host.endsWith('.localhost');
const allowed = (host) => typeof host !== 'string' || net.isIP(host.replace(/^\[|\]$/g, '')) !== 0 || loopbackName(host.toLowerCase());
const notFound = (host) => Object.assign(new Error(`getaddrinfo ENOTFOUND ${host} (test network guard)`), { code: 'ENOTFOUND', hostname: host });
const record = (host) => {
  if (log) appendFileSync(log, `${host}\n`);
};

const lookup = dns.lookup;
dns.lookup = function guardedLookup(host, ...args) {
  if (allowed(host)) return lookup.call(this, host, ...args);
  record(host);
  const callback = args.at(-1);
  process.nextTick(() => callback(notFound(host)));
  return {};
};
const promisesLookup = dns.promises.lookup;
dns.promises.lookup = async function guardedPromisesLookup(host, ...args) {
  if (allowed(host)) return promisesLookup.call(this, host, ...args);
  record(host);
  throw notFound(host);
};
syncBuiltinESMExports();
