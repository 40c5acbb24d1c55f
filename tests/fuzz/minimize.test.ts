import { describe, expect, it } from 'vitest';
import { generateProgram } from './generate';
import { minimize } from './minimize';

describe('minimize', () => {
  it('shrinks a program to the statements a predicate needs, keeping blocks valid', async () => {
    const src = [
      'import asyncio',
      '',
      'async def a():',
      '    print("a1")',
      '    await asyncio.sleep(1)',
      '    print("needle")',
      '    try:',
      '        print("x")',
      '    except ValueError:',
      '        print("y")',
      '',
      'async def main():',
      '    print("noise")',
      '    await a()',
      '    for i in range(3):',
      '        print(i)',
      '',
      'asyncio.run(main())',
      ''
    ].join('\n');
    const keeps = (s: string) =>
      s.includes('print("needle")') && s.includes('asyncio.run(main())') && s.includes('await a()');
    const r = await minimize(src, keeps);
    expect(r.source).toBe(
      [
        'import asyncio',
        '',
        'async def a():',
        '    print("needle")',
        '',
        'async def main():',
        '    await a()',
        '',
        'asyncio.run(main())',
        ''
      ].join('\n')
    );
  });

  it('inserts pass where a block would become empty', async () => {
    const src = 'import asyncio\nasync def f():\n    try:\n        print(1)\n    finally:\n        print(2)\n';
    const r = await minimize(src, (s) => s.includes('finally:') && s.includes('print(2)'));
    expect(r.source).toBe('import asyncio\nasync def f():\n    try:\n        pass\n    finally:\n        print(2)\n');
  });

  it('returns the input when nothing can go and respects the try budget', async () => {
    const src = generateProgram(3).source;
    const r = await minimize(src, () => false, 10);
    expect(r.source.trim()).toBe(src.trim());
    expect(r.tries).toBeLessThanOrEqual(10);
  });
});
