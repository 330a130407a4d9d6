/**
 * The SSRF guard's address classifier: which IP addresses a fetch may connect to. Only `public` addresses are
 * allowed unless the user passes `--allow-private`. IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d),
 * NAT64 (64:ff9b::/96) and 6to4 (2002::/16) IPv6 forms are judged by the IPv4 address they carry, so
 * `::ffff:127.0.0.1` or `::ffff:169.254.169.254` cannot slip through as "IPv6".
 */
import { isIP } from 'node:net';

export type AddressClass =
  | 'public'
  | 'loopback'
  | 'private'
  | 'shared' // carrier-grade NAT, 100.64.0.0/10
  | 'link_local' // 169.254.0.0/16 (cloud metadata 169.254.169.254) and fe80::/10
  | 'unique_local' // fc00::/7
  | 'unspecified' // 0.0.0.0/8 and ::
  | 'multicast'
  | 'reserved' // documentation, benchmarking, protocol assignments, 240/4, broadcast
  | 'invalid';

/** Words for a rejection reason. */
export const ADDRESS_CLASS_WORDS: Readonly<Record<AddressClass, string>> = {
  public: 'a public address',
  loopback: 'a loopback address',
  private: 'a private network address',
  shared: 'a carrier-grade NAT address',
  link_local: 'a link-local address (this includes cloud metadata services)',
  unique_local: 'a unique-local IPv6 address',
  unspecified: 'an unspecified address',
  multicast: 'a multicast address',
  reserved: 'a reserved address',
  invalid: 'not a valid IP address',
};

/** IPv4 ranges as [first octets as a 32-bit number, prefix length, class]; checked in order. */
const IPV4_RANGES: readonly [string, number, AddressClass][] = [
  ['0.0.0.0', 8, 'unspecified'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'shared'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link_local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'reserved'],
  ['192.0.2.0', 24, 'reserved'],
  ['192.88.99.0', 24, 'reserved'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'reserved'],
  ['198.51.100.0', 24, 'reserved'],
  ['203.0.113.0', 24, 'reserved'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'], // includes 255.255.255.255
];

function ipv4ToInt(address: string): number | null {
  const parts = address.split('.');
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return null;
    const n = Number(part);
    if (n > 255) return null;
    value = value * 256 + n;
  }
  return value;
}

const PARSED_V4_RANGES = IPV4_RANGES.map(([base, prefix, cls]) => {
  const size = 2 ** (32 - prefix);
  const start = ipv4ToInt(base) ?? 0;
  return { start, end: start + size - 1, cls };
});

function classifyIpv4(value: number): AddressClass {
  for (const range of PARSED_V4_RANGES) if (value >= range.start && value <= range.end) return range.cls;
  return 'public';
}

/** An IPv6 address as eight 16-bit groups, or null. Accepts `::` and a dotted IPv4 tail; drops a `%zone`. */
export function parseIpv6(address: string): number[] | null {
  let text = address.replace(/^\[|\]$/g, '');
  const zone = text.indexOf('%');
  if (zone >= 0) text = text.slice(0, zone);
  if (isIP(text) !== 6) return null;
  const lastColon = text.lastIndexOf(':');
  const last = text.slice(lastColon + 1);
  if (last.includes('.')) {
    // A dotted IPv4 tail becomes two hex groups, so one parser handles every form.
    const v4 = ipv4ToInt(last);
    if (v4 === null) return null;
    text = `${text.slice(0, lastColon + 1)}${Math.floor(v4 / 65536).toString(16)}:${(v4 % 65536).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const groups = (s: string): number[] => (s === '' ? [] : s.split(':').map((g) => Number.parseInt(g, 16)));
  const left = groups(halves[0] ?? '');
  const right = halves.length === 2 ? groups(halves[1] ?? '') : [];
  const missing = 8 - left.length - right.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const all = [...left, ...Array<number>(halves.length === 2 ? missing : 0).fill(0), ...right];
  return all.length === 8 && all.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? all : null;
}

const embeddedV4 = (hi: number, lo: number): number => hi * 65536 + lo;

function classifyIpv6(g: number[]): AddressClass {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  const zeroTo = (n: number): boolean => g.slice(0, n).every((x) => x === 0);
  if (zeroTo(8)) return 'unspecified';
  if (zeroTo(7) && g7 === 1) return 'loopback';
  // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible, deprecated): judged as the IPv4 address.
  if (zeroTo(5) && g5 === 0xffff) return classifyIpv4(embeddedV4(g6, g7));
  if (zeroTo(6)) return classifyIpv4(embeddedV4(g6, g7));
  // NAT64 well-known prefix 64:ff9b::/96 carries an IPv4 address in its last 32 bits.
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) {
    return classifyIpv4(embeddedV4(g6, g7));
  }
  // 6to4 2002:AABB:CCDD::/48 carries an IPv4 address in groups 1-2.
  if (g0 === 0x2002) return classifyIpv4(embeddedV4(g1, g2));
  if ((g0 & 0xfe00) === 0xfc00) return 'unique_local';
  if ((g0 & 0xffc0) === 0xfe80) return 'link_local';
  if ((g0 & 0xffc0) === 0xfec0) return 'reserved'; // deprecated site-local
  if ((g0 & 0xff00) === 0xff00) return 'multicast';
  if (g0 === 0x2001 && g1 === 0x0db8) return 'reserved'; // documentation
  if (g0 === 0x0100 && g1 === 0 && g2 === 0 && g3 === 0) return 'reserved'; // discard-only 100::/64
  return 'public';
}

/** The class of an IP address literal (IPv4 or IPv6, brackets and zone allowed). */
export function classifyAddress(address: string): AddressClass {
  const bare = address.replace(/^\[|\]$/g, '');
  if (isIP(bare) === 4) {
    const value = ipv4ToInt(bare);
    return value === null ? 'invalid' : classifyIpv4(value);
  }
  const groups = parseIpv6(bare);
  return groups ? classifyIpv6(groups) : 'invalid';
}

/** True when a fetch may connect to the address under the current policy. */
export const isAllowedAddress = (address: string, allowPrivate: boolean): boolean => {
  const cls = classifyAddress(address);
  return cls === 'public' || (allowPrivate && cls !== 'invalid');
};
