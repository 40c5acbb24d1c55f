/**
 * Oracle access for the differential tests: 3.11 through one batched python3 process (split over the 2 cores),
 * 3.14 through one pyodide instance per test file.
 */
import { runCpythonParallel } from '../oracle/cpython';
import { sharedPyodideOracle } from '../oracle/pyodide';
import type { OracleProgram, OracleResult, PythonVersion } from '../oracle/types';

export const VERSIONS: readonly PythonVersion[] = ['3.11', '3.14'];

export async function runOracle(version: PythonVersion, programs: OracleProgram[]): Promise<OracleResult[]> {
  if (programs.length === 0) return [];
  if (version === '3.11') return runCpythonParallel(programs);
  return (await sharedPyodideOracle()).runBatch(programs);
}

/** Results keyed by program id. */
export async function runOracleById(
  version: PythonVersion,
  programs: OracleProgram[]
): Promise<Map<string, OracleResult>> {
  return new Map((await runOracle(version, programs)).map((r) => [r.id, r]));
}
