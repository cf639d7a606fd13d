/**
 * The external check requests URLs written by anyone who can open a pull
 * request. By default it never connects to loopback, private, link-local or
 * otherwise internal addresses: not by name (`localhost`), not by number
 * (`127.1`, `2130706433`, `[::1]`), not in an IPv6 form that carries an IPv4
 * address (`::ffff:127.0.0.1`, NAT64 `64:ff9b::7f00:1`, IPv4-compatible
 * `::7f00:1`, 6to4 `2002:7f00:1::`, Teredo), not after a redirect, not when
 * DNS changes its answer between the check and the connection (every
 * connection goes through the guarded lookup).
 *
 * The ranges are ipaddr.js's (IANA's special-purpose registries): an IPv4
 * address is public only when ipaddr.js calls it `unicast`, an IPv6 address
 * only when it is `unicast` inside 2000::/3 (global unicast); the forms above
 * are judged by the IPv4 address inside them.
 */
import type { LookupAddress } from 'node:dns';
import { lookup } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

type Address = ipaddr.IPv4 | ipaddr.IPv6;

const GLOBAL_UNICAST = ipaddr.IPv6.parseCIDR('2000::/3');
/** Local-use NAT64 prefixes (RFC 8215): where the IPv4 address sits depends on the network; always internal. */
const LOCAL_NAT64 = ipaddr.IPv6.parseCIDR('64:ff9b:1::/48');
const IPV4_COMPATIBLE = ipaddr.IPv6.parseCIDR('::/96');

function v4(bytes: number[]): ipaddr.IPv4 {
  return new ipaddr.IPv4(bytes);
}

/** The IPv4 addresses an IPv6 address carries (mapped, translated, NAT64, compatible, 6to4, Teredo), if any. */
function embeddedIPv4(address: ipaddr.IPv6): ipaddr.IPv4[] {
  const bytes = address.toByteArray();
  const last = bytes.slice(12, 16);
  switch (address.range()) {
    case 'ipv4Mapped': // ::ffff:a.b.c.d
    case 'rfc6145': // ::ffff:0:a.b.c.d
      return [v4(last)];
    case 'rfc6052': // 64:ff9b::a.b.c.d (the local-use /48 is refused before this)
      return [v4(last)];
    case '6to4': // 2002:AABB:CCDD::/48
      return [v4(bytes.slice(2, 6))];
    case 'teredo': // 2001:0:SERVER:flags:port:~CLIENT
      return [v4(bytes.slice(4, 8)), v4(last.map((byte) => byte ^ 0xff))];
    default:
      // IPv4-compatible ::a.b.c.d (deprecated, but a stack may still route it); :: and ::1 have their own ranges.
      if (address.match(IPV4_COMPATIBLE) && !['unspecified', 'loopback'].includes(address.range())) return [v4(last)];
      return [];
  }
}

function parse(address: string): Address | undefined {
  const bare = address.replace(/^\[|\]$/g, '');
  if (!isIP(bare.replace(/%.*$/, ''))) return undefined;
  try {
    return ipaddr.parse(bare);
  } catch {
    return undefined;
  }
}

function within(address: Address, network: Address, bits: number): boolean {
  if (address.kind() !== network.kind()) return false;
  return address.kind() === 'ipv4'
    ? (address as ipaddr.IPv4).match(network as ipaddr.IPv4, bits)
    : (address as ipaddr.IPv6).match(network as ipaddr.IPv6, bits);
}

function internal(address: Address): boolean {
  if (address.kind() === 'ipv4') return address.range() !== 'unicast';
  const v6 = address as ipaddr.IPv6;
  if (v6.match(LOCAL_NAT64)) return true;
  const inside = embeddedIPv4(v6);
  if (inside.length > 0) return inside.some(internal);
  return v6.range() !== 'unicast' || !v6.match(GLOBAL_UNICAST);
}

/** Is this IP address one the check must not connect to? An IPv6 form of an IPv4 address counts as that IPv4 address. Not an IP address: false. */
export function isInternalAddress(address: string): boolean {
  const parsed = parse(address);
  return parsed ? internal(parsed) : false;
}

class InternalAddressError extends Error {
  readonly code = 'ERR_INTERNAL_ADDRESS';
  constructor(readonly address: string) {
    super(`internal address ${address}`);
  }
}

/** An address or CIDR range as an allow-list entry (`10.20.0.0/16`, `127.0.0.1`, `fd00::/8`); undefined when it is neither. */
export function parseRange(entry: string): [Address, number] | undefined {
  try {
    if (entry.includes('/')) return ipaddr.isValidCIDR(entry) ? ipaddr.parseCIDR(entry) : undefined;
    const address = parse(entry);
    return address ? [address, address.kind() === 'ipv4' ? 32 : 128] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Which addresses are refused: internal ones, except all (`true`) or the
 * listed addresses and CIDR ranges. These come from the command line, the
 * environment or the Action's inputs, never from a file in the repository.
 * An IPv6 form of an IPv4 address is allowed when that IPv4 address is.
 */
export function refusalPolicy(allow: boolean | string[] = false): (address: string) => boolean {
  if (allow === true) return () => false;
  const allowed = (allow || []).map(parseRange).filter((range): range is [Address, number] => range !== undefined);
  const isAllowed = (address: Address): boolean =>
    allowed.some(([network, bits]) => within(address, network, bits)) ||
    (address.kind() === 'ipv6' && embeddedIPv4(address as ipaddr.IPv6).length > 0 && embeddedIPv4(address as ipaddr.IPv6).every(isAllowedOrPublic));
  const isAllowedOrPublic = (address: Address): boolean => !internal(address) || isAllowed(address);
  return (address) => {
    const parsed = parse(address);
    return parsed !== undefined && internal(parsed) && !isAllowed(parsed);
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
