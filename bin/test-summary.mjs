#!/usr/bin/env node
// Prints one plain closing line ("N passed, N failed") from vitest's JSON report, so a reader (or CI) sees the
// totals without scrolling. Exit code is vitest's own; this only reports.
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'test-results/vitest.json';
const report = JSON.parse(readFileSync(file, 'utf8'));
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(
  `tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : '')
);
