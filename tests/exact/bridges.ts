/**
 * Every way we know for a program to reach JavaScript through pyodide, as Python snippets (each must fail in the
 * exact engine), and one program that tries them all and prints which were blocked (for the browser test).
 */
export const BRIDGE_ATTEMPTS: Record<string, string> = {
  js: 'import js\nprint(js.eval)',
  pyodide_js: 'import pyodide_js\nprint(pyodide_js.loadPackage)',
  'pyodide.ffi': 'from pyodide.ffi import to_js\nprint(to_js)',
  'pyodide.code.run_js': 'from pyodide.code import run_js\nprint(run_js("1+1"))',
  'pyodide.http.pyfetch': 'from pyodide.http import pyfetch\nprint(pyfetch)',
  micropip: 'import micropip\nprint(micropip)',
  _pyodide_core: 'import _pyodide_core\nprint(_pyodide_core)',
  'sys.modules': "import sys\nprint(sys.modules['js'])",
  importlib: "import importlib\nprint(importlib.import_module('pyodide.ffi'))",
  'import finders': "import sys\nprint(next(f for f in sys.meta_path if hasattr(f, 'jsproxies')).jsproxies)",
  'time.sleep globals': "import time\nprint(time.sleep.__globals__['run_sync'])",
  'gc walk': "import gc\nprint([o for o in gc.get_objects() if type(o).__name__.startswith('Js')])"
};

/** Tries each snippet and prints `NAME: blocked` or `NAME: OPEN`, then tries the network. */
export function bridgeProbeProgram(netUrl: string): string {
  const lines = ['import sys', ''];
  for (const [name, code] of Object.entries(BRIDGE_ATTEMPTS)) {
    lines.push(
      'try:',
      `    exec(${JSON.stringify(code)}, {})`,
      `    print(${JSON.stringify(name)} + ': OPEN')`,
      'except BaseException as e:',
      `    print(${JSON.stringify(name)} + ': blocked', type(e).__name__)`
    );
  }
  lines.push(
    'try:',
    '    import urllib.request',
    `    urllib.request.urlopen(${JSON.stringify(netUrl)}, timeout=2)`,
    "    print('network: OPEN')",
    'except BaseException as e:',
    "    print('network: blocked', type(e).__name__)",
    ''
  );
  return lines.join('\n');
}
