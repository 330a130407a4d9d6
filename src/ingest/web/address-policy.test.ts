import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type AddressClass, classifyAddress, isAllowedAddress, parseIpv6 } from './address-policy.js';

const TABLE: readonly [string, AddressClass][] = [
  // IPv4
  ['8.8.8.8', 'public'],
  ['93.184.216.34', 'public'],
  ['127.0.0.1', 'loopback'],
  ['127.255.255.254', 'loopback'],
  ['10.0.0.1', 'private'],
  ['172.16.0.1', 'private'],
  ['172.31.255.255', 'private'],
  ['172.32.0.1', 'public'], // near miss: just past 172.16/12
  ['192.168.1.1', 'private'],
  ['192.169.0.1', 'public'],
  ['100.64.0.1', 'shared'],
  ['100.127.255.255', 'shared'],
  ['100.128.0.1', 'public'], // near miss: just past 100.64/10
  ['169.254.169.254', 'link_local'], // cloud metadata
  ['169.254.0.1', 'link_local'],
  ['0.0.0.0', 'unspecified'],
  ['0.1.2.3', 'unspecified'],
  ['224.0.0.1', 'multicast'],
  ['239.255.255.250', 'multicast'],
  ['255.255.255.255', 'reserved'],
  ['198.18.0.1', 'reserved'],
  ['192.0.2.10', 'reserved'],
  // IPv6
  ['::1', 'loopback'],
  ['[::1]', 'loopback'],
  ['::', 'unspecified'],
  ['fe80::1', 'link_local'],
  ['fe80::1%eth0', 'link_local'],
  ['fc00::1', 'unique_local'],
  ['fd12:3456:789a::1', 'unique_local'],
  ['ff02::1', 'multicast'],
  ['2001:db8::1', 'reserved'],
  ['2606:4700:4700::1111', 'public'],
  // IPv4 inside IPv6
  ['::ffff:127.0.0.1', 'loopback'],
  ['::ffff:7f00:1', 'loopback'],
  ['::ffff:169.254.169.254', 'link_local'],
  ['::ffff:10.1.2.3', 'private'],
  ['::ffff:8.8.8.8', 'public'],
  ['::127.0.0.1', 'loopback'],
  ['64:ff9b::a9fe:a9fe', 'link_local'], // NAT64 of 169.254.169.254
  ['64:ff9b::808:808', 'public'],
  ['2002:c0a8:0101::1', 'private'], // 6to4 of 192.168.1.1
  // not addresses
  ['localhost', 'invalid'],
  ['1.2.3', 'invalid'],
  ['256.1.1.1', 'invalid'],
  ['', 'invalid'],
];

describe('classifyAddress', () => {
  for (const [address, expected] of TABLE) {
    it(`${address || '(empty)'} is ${expected}`, () => assert.equal(classifyAddress(address), expected));
  }
});

describe('isAllowedAddress', () => {
  it('allows public addresses only, unless private ones are allowed', () => {
    assert.equal(isAllowedAddress('8.8.8.8', false), true);
    assert.equal(isAllowedAddress('127.0.0.1', false), false);
    assert.equal(isAllowedAddress('::ffff:192.168.0.1', false), false);
    assert.equal(isAllowedAddress('127.0.0.1', true), true);
    assert.equal(isAllowedAddress('not-an-ip', true), false);
  });
});

describe('parseIpv6', () => {
  it('expands every form to eight groups', () => {
    assert.deepEqual(parseIpv6('::1'), [0, 0, 0, 0, 0, 0, 0, 1]);
    assert.deepEqual(parseIpv6('1:2:3:4:5:6:7:8'), [1, 2, 3, 4, 5, 6, 7, 8]);
    assert.deepEqual(parseIpv6('::ffff:1.2.3.4'), [0, 0, 0, 0, 0, 0xffff, 0x102, 0x304]);
    assert.equal(parseIpv6('1::2::3'), null);
  });
});
