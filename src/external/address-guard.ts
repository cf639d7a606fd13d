/**
 * The external check requests URLs written by anyone who can open a pull
 * request. By default it never connects to loopback, private, link-local or
 * otherwise internal addresses: not by name (`localhost`), not by number
 * (`127.1`, `2130706433`, `[::1]`), not after a redirect, not when DNS
 * changes its answer between the check and the connection (every connection
 * goes through the guarded lookup).
 */
import type { LookupAddress } from 'node:dns';
import { lookup } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

const INTERNAL_V4 = [
  ['0.0.0.0', 8], // "this network"; 0.0.0.0 reaches the local host
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata (169.254.169.254)
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const;
const INTERNAL_V6 = [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const;

const internal = new BlockList();
for (const [network, prefix] of INTERNAL_V4) internal.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of INTERNAL_V6) internal.addSubnet(network, prefix, 'ipv6');

/** Is this IP address one the check must not connect to? (IPv4-mapped IPv6 counts as its IPv4 address.) */
export function isInternalAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare)?.[1];
  if (mapped) return internal.check(mapped, 'ipv4');
  const family = isIP(bare);
  if (family === 0) return false;
  return internal.check(bare, family === 4 ? 'ipv4' : 'ipv6');
}

export class InternalAddressError extends Error {
  readonly code = 'ERR_INTERNAL_ADDRESS';
  constructor(readonly address: string) {
    super(`internal address ${address}`);
  }
}

/** Which addresses are refused: internal ones, except all (`true`) or the listed addresses and CIDR ranges. */
export function refusalPolicy(allow: boolean | string[] = false): (address: string) => boolean {
  if (allow === true) return () => false;
  const allowed = new BlockList();
  for (const entry of allow || []) {
    const [network, prefix] = entry.split('/');
    const family = isIP(network) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) allowed.addAddress(network, family);
    else allowed.addSubnet(network, Number(prefix), family);
  }
  return (address) => {
    const bare = address.replace(/^\[|\]$/g, '');
    return isInternalAddress(bare) && !allowed.check(bare, isIP(bare) === 6 ? 'ipv6' : 'ipv4');
  };
}

/** Where a host resolves to, refusing internal addresses: the address to key limits on, or why not. */
export function resolveHost(
  hostname: string,
  refused: (address: string) => boolean,
): Promise<{ address: string } | { kind: 'private' | 'dns'; detail: string }> {
  const bare = hostname.replace(/^\[|\]$/g, '');
  if (isIP(bare)) return Promise.resolve(refused(bare) ? { kind: 'private', detail: bare } : { address: bare });
  return new Promise((resolve) => {
    lookup(bare, { all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return resolve({ kind: 'dns', detail: (error as NodeJS.ErrnoException).code ?? error.message });
      const internal = addresses.find((entry) => refused(entry.address));
      resolve(internal ? { kind: 'private', detail: `${bare} → ${internal.address}` } : { address: addresses[0].address });
    });
  });
}

/** `net.connect`'s lookup with internal addresses refused: used for every connection the checker makes. */
export function guardedLookup(refused: (address: string) => boolean): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 4);
      const internal = addresses.find((entry) => refused(entry.address));
      if (internal) return callback(new InternalAddressError(internal.address), '', 4);
      if (options.all) return (callback as unknown as (error: null, all: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}
