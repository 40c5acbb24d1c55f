/**
 * Dev tool: runs the corpus through both oracles twice, checks determinism, prints each program's stdout summary
 * and the timings.   npx tsx tests/oracle/check-corpus.ts [--show NAME]
 */
import { corpusFor } from '../differential/corpus-files';
import { runCpythonBatch } from './cpython';
import { PyodideOracle } from './pyodide';
import type { OracleResult } from './types';

const show = process.argv.includes('--show') ? process.argv[process.argv.indexOf('--show') + 1] : undefined;
const key = (r: OracleResult) => JSON.stringify([r.events, r.stdout, r.exitCode]);

const p311 = corpusFor('3.11').map((p) => ({ id: p.name, source: p.source, file: p.file }));
let t = performance.now();
const a = await runCpythonBatch(p311);
const t311 = performance.now() - t;
const b = await runCpythonBatch(p311);
t = performance.now();
const py = await PyodideOracle.load();
const tLoad = performance.now() - t;
const p314 = corpusFor('3.14').map((p) => ({ id: p.name, source: p.source, file: p.file }));
t = performance.now();
const c = py.runBatch(p314);
const t314 = performance.now() - t;
const d = py.runBatch(p314);

let bad = 0;
for (let i = 0; i < a.length; i++) {
  if (key(a[i]!) !== key(b[i]!)) {
    bad++;
    console.log('NONDETERMINISTIC 3.11', a[i]!.id);
  }
}
for (let i = 0; i < c.length; i++) {
  if (key(c[i]!) !== key(d[i]!)) {
    bad++;
    console.log('NONDETERMINISTIC 3.14', c[i]!.id);
  }
}
const by311 = new Map(a.map((r) => [r.id, r]));
for (const r of c) {
  const o = by311.get(r.id);
  const same = o ? o.stdout === r.stdout : null;
  const errs = [o, r].map((x) => x?.events.find((e) => e.kind === 'error'));
  console.log(
    `${r.id.padEnd(48)} 3.11 exit=${o?.exitCode ?? '-'} 3.14 exit=${r.exitCode} stdout ${same === null ? 'n/a' : same ? 'same' : 'DIFFERS'}` +
      (errs.some(Boolean) ? `  err: ${errs.map((e) => (e && 'type' in e ? e.type : '-')).join(' / ')}` : '')
  );
  if (show && r.id.includes(show)) {
    console.log(
      '--- 3.11 stdout\n' +
        (o?.stdout ?? '') +
        '--- 3.14 stdout\n' +
        r.stdout +
        '--- 3.14 stderr\n' +
        r.stderr +
        '--- 3.11 stderr\n' +
        (o?.stderr ?? '')
    );
  }
}
console.log(
  `\n3.11: ${a.length} programs in ${t311.toFixed(0)} ms; pyodide load ${tLoad.toFixed(0)} ms, ${c.length} programs in ${t314.toFixed(0)} ms; nondeterministic: ${bad}`
);
