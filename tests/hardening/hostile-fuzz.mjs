#!/usr/bin/env node
/**
 * Hostile-program fuzzing of the CLI (issue 15 item 7): generated programs at the edges — nesting depth, huge sizes,
 * numbers at the float limits, odd encodings and bytes, deep recursion, runaway asyncio — each run as
 * `node bin/aioscope.mjs run FILE` with a 20 s guard. A program passes when it ends by itself within 20 s with exit
 * 0, 1 or 2 and without a Node crash on stderr. Failures are printed with their file (kept in a temp dir) so a
 * minimised reproducer can go into tests/hardening/cases.
 *
 *   node tests/hardening/hostile-fuzz.mjs [--seed N] [--count N] [--jobs 2]
 *
 * Deterministic for a seed (its own xorshift; sizes and picks come from it).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
let seed = arg('--seed', 1) >>> 0 || 1;
const COUNT = arg('--count', 80);
const JOBS = arg('--jobs', 2);
const rnd = () => {
  seed ^= seed << 13;
  seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  seed >>>= 0;
  return seed / 2 ** 32;
};
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
const depth = () => pick([50, 99, 100, 199, 200, 201, 255, 1000, 5000, 100_000]);
const big = () => pick([10 ** 5, 10 ** 6, 10 ** 7, 10 ** 8, 10 ** 9]);

/** Each generator returns program text or bytes. */
const generators = {
  parens: () => `x = ${'('.repeat(depth())}1${')'.repeat(depth())}\nprint(x)\n`,
  lists: () => {
    const n = depth();
    return `x = ${'['.repeat(n)}${']'.repeat(n)}\nprint(len(x))\n`;
  },
  nots: () => `print(${'not '.repeat(depth())}True)\n`,
  unary: () => `print(${pick(['-', '~', '+']).repeat(depth())}1)\n`,
  lambdas: () => `f = ${'lambda: '.repeat(depth())}1\nprint(f)\n`,
  dicts: () => `d = ${"{'a': ".repeat(depth())}1${'}'.repeat(depth())}\nprint(len(str(d)))\n`,
  indent: () => {
    const n = pick([50, 99, 100, 101, 500]);
    let s = '';
    for (let i = 0; i < n; i++) s += ' '.repeat(i) + 'if True:\n';
    return s + ' '.repeat(n) + 'print("deep")\n';
  },
  defs: () => {
    const n = pick([20, 100, 200]);
    let s = '';
    for (let i = 0; i < n; i++) s += ' '.repeat(i * 4) + `def f${i}():\n`;
    return s + ' '.repeat(n * 4) + 'return 1\nprint("ok")\n';
  },
  fstrings: () => `x = 1\nprint(${"f'{".repeat(pick([2, 3, 5, 20]))}x${"}'".repeat(pick([2, 3, 5, 20]))})\n`,
  chain: () =>
    `print(${Array.from({ length: pick([1000, 10_000, 100_000]) }, () => '1').join(pick([' + ', ' * ', ' < ', ' and ']))})\n`,
  bigStr: () => `s = "${'a'.repeat(pick([10 ** 5, 10 ** 6, 5 * 10 ** 6]))}"\nprint(len(s))\n`,
  bigIntLit: () => `n = ${'9'.repeat(pick([4300, 4301, 10 ** 5]))}\nprint(n % 7)\n`,
  pow: () =>
    `print(len(str(${pick(['2 ** 10 ** 6', '10 ** 10 ** 10', '7 ** 123456', '(-2) ** 999999', '2 ** -1074'])})))\n`,
  repeat: () => `x = ${pick(['[0]', '"ab"', '(1, 2)', 'b"x"', '[[]]'])} * ${big()}\nprint(len(x))\n`,
  ranges: () =>
    `x = ${pick(['list', 'tuple', 'set', 'sorted', 'sum', 'max', 'dict.fromkeys'])}(range(${big()}))\nprint(type(x))\n`,
  comps: () =>
    `x = ${pick(['[i for i in range(N)]', '{i: i for i in range(N)}', '{i for i in range(N)}', '[[0] * 1000 for _ in range(N)]', '"".join(str(i) for i in range(N))'])}\nprint(len(x))\n`.replace(
      'N',
      String(big())
    ),
  growth: () =>
    pick([
      'a = []\nwhile True:\n    a.append(len(a))\n',
      's = "x"\nwhile True:\n    s += s\n',
      'd = {}\ni = 0\nwhile True:\n    d[i] = str(i) * 100\n    i += 1\n',
      'a = [0]\nfor _ in range(100):\n    a = a + a\n'
    ]),
  floats: () =>
    `import math\nfor e in [${pick(['1e308 * 10', "float('inf') - float('inf')", '2.0 ** 1024', '1e-324', 'int(1e308)', 'round(1e308, -308)', "'%.1000f' % 1.5", "format(1e308, ',.2f')", "float('1' * 400)", 'math.exp(710)', 'math.factorial(10 ** 5) % 7', "int(float('nan'))", 'divmod(1e308, 1e-308)', '1e308 // 1e-308', 'math.ldexp(1, 1024)', "'%e' % 1e-320", 'round(2.5e-308, 320)', 'hash(float("inf"))'])}]:\n    print(e)\n`,
  floatFormat: () =>
    `print(f"{${pick(['1e308', '5e-324', '-0.0', 'float("nan")', '1/3'])}:${pick(['.1000f', ',.99e', '>1000000', '020,.3%', '.17g', '#x'])}}")\n`,
  recursion: () =>
    pick([
      'def f(n):\n    return f(n + 1)\nf(0)\n',
      'import sys\nsys.setrecursionlimit(10 ** 6)\ndef f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(10 ** 5))\n',
      'import asyncio\nasync def f(n):\n    return await f(n + 1)\nasyncio.run(f(0))\n',
      'class A:\n    def __repr__(self):\n        return repr(self)\nprint(A())\n',
      'a = []\na.append(a)\nprint(a == a)\n',
      'x = []\nfor _ in range(10 ** 5):\n    x = [x]\nprint(str(x)[:10])\n',
      'import sys\nsys.setrecursionlimit(10 ** 8)\ndef g():\n    g()\ng()\n'
    ]),
  asyncio: () =>
    pick([
      `import asyncio\nasync def w(i):\n    await asyncio.sleep(0)\nasync def main():\n    await asyncio.gather(*(w(i) for i in range(${big()})))\nasyncio.run(main())\n`,
      'import asyncio\nasync def main():\n    while True:\n        asyncio.get_running_loop().call_soon(print, 1)\nasyncio.run(main())\n',
      'import asyncio\nasync def main():\n    while True:\n        await asyncio.sleep(0)\nasyncio.run(main())\n',
      `import asyncio\nasync def main():\n    await asyncio.sleep(${pick(['10 ** 400', "float('inf')", "float('-inf')", '1e308', "-float('nan')", '2 ** 60'])})\n    print("ok")\nasyncio.run(main())\n`,
      'import asyncio\nasync def main():\n    q = asyncio.Queue()\n    while True:\n        q.put_nowait([0] * 10 ** 4)\nasyncio.run(main())\n'
    ]),
  bytes: () => {
    const n = pick([1, 16, 256, 4096]);
    const b = Buffer.alloc(n);
    for (let i = 0; i < n; i++) b[i] = Math.floor(rnd() * 256);
    return Buffer.concat([Buffer.from(pick(['', '\ufeff', '# coding: latin-1\n', '# coding: utf-16\n', 'x = "'])), b]);
  },
  encodings: () =>
    pick([
      Buffer.from('# -*- coding: latin-1 -*-\nprint("\u00e9")\n', 'latin1'),
      Buffer.from('\ufeff# coding: latin-1\nprint(1)\n'),
      Buffer.from('# coding: utf-8\nprint("\xff")\n', 'latin1'),
      Buffer.from('print("a\r\nb")\r\nprint(2)\rprint(3)\n'),
      Buffer.from("x = '\\ud800'\nprint(len(x))\nprint(x)\n"),
      Buffer.from('x = 1\u00a0+ 1\n'),
      Buffer.from('print("\u202e\u2066")\n'),
      Buffer.from('\u0000print(1)\n')
    ])
};

const dir = mkdtempSync(join(tmpdir(), 'aioscope-hostile-'));
const jobs = [];
const names = Object.keys(generators);
for (let i = 0; i < COUNT; i++) {
  const kind = names[i % names.length];
  const file = join(dir, `${String(i).padStart(3, '0')}_${kind}.py`);
  writeFileSync(file, generators[kind]());
  jobs.push({ kind, file });
}

function run({ kind, file }) {
  const t0 = Date.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(root, 'bin/aioscope.mjs'), 'run', file], {
      stdio: ['ignore', 'ignore', 'pipe']
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr = (stderr + d).slice(-4000)));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const crash = /Node\.js v\d|FATAL ERROR|node:internal|\bat .*\.(ts|mjs|js):\d+/.test(stderr);
      const ok = signal === null && [0, 1, 2].includes(code) && !crash;
      done({ kind, file, code, signal, ms: Date.now() - t0, ok, tail: stderr.split('\n').slice(-4).join(' | ') });
    });
  });
}

const results = [];
let next = 0;
await Promise.all(
  Array.from({ length: JOBS }, async () => {
    while (next < jobs.length) {
      const r = await run(jobs[next++]);
      results.push(r);
      if (!r.ok)
        process.stdout.write(`FAIL ${r.kind} exit=${r.code} signal=${r.signal} ${r.ms} ms ${r.file}\n  ${r.tail}\n`);
    }
  })
);
const bad = results.filter((r) => !r.ok);
const slowest = results.reduce((a, b) => (b.ms > a.ms ? b : a));
console.log(
  `${results.length} hostile programs, ${bad.length} failed; slowest ${slowest.ms} ms (${slowest.kind}); files in ${dir}`
);
process.exitCode = bad.length > 0 ? 1 : 0;
