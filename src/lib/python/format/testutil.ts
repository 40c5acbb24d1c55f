// Helpers shared by this directory's tests: fixtures store floats by bit pattern.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function fromBits(hex: string): number {
  const v = new DataView(new ArrayBuffer(8));
  v.setBigUint64(0, BigInt('0x' + hex));
  return v.getFloat64(0);
}

export function loadFixture<T>(name: string): T {
  const url = new URL('./fixtures/' + name, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as T;
}
