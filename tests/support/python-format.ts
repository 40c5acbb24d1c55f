// Helpers shared by the tests of src/lib/python/format: the fixtures (tests/fixtures/python-format) store floats by
// bit pattern.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function fromBits(hex: string): number {
  const v = new DataView(new ArrayBuffer(8));
  v.setBigUint64(0, BigInt('0x' + hex));
  return v.getFloat64(0);
}

export function loadFixture<T>(name: string): T {
  const url = new URL('../fixtures/python-format/' + name, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as T;
}
