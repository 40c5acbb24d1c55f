import { describe, expect, it } from 'vitest';
import { simulate } from '../simulate';
import { diagnose, timeoutDiagnostic } from './diagnose';

const run = (src: string) => diagnose(simulate(src, { file: 'main.py' }), 'main.py');

describe('playground diagnostics', () => {
  it('a clean run has none', () => {
    expect(run('import asyncio\nasync def main():\n    print(1)\nasyncio.run(main())\n')).toBeNull();
  });

  it('a syntax error points at its line and column with its catalog code', () => {
    const d = run('import asyncio\nasync def main():\n    print("hi"\nasyncio.run(main())\n');
    expect(d).toMatchObject({ line: 3, col: 9, code: 'AIO-P009', message: "'(' was never closed" });
    expect(d!.hint).toBe("Add the matching closing bracket for this '('.");
  });

  it('a runtime exception points at the innermost line of the program', () => {
    const d = run('import asyncio\nasync def main():\n    print(x)\nasyncio.run(main())\n');
    expect(d).toMatchObject({ line: 3, code: 'NameError', message: "NameError: name 'x' is not defined" });
  });

  it('a loop that never yields is the step-budget error at its line', () => {
    const d = diagnose(
      simulate('import asyncio\nasync def main():\n    while True: pass\nasyncio.run(main())\n', {
        file: 'main.py',
        stepBudget: 10_000
      }),
      'main.py'
    );
    expect(d).toMatchObject({ line: 3, code: 'AIO-R001' });
  });

  it('a timeout has no line and the catalog text', () => {
    expect(timeoutDiagnostic(2)).toMatchObject({ line: null, code: 'AIO-R008' });
    expect(timeoutDiagnostic(2).message).toContain('2 s');
  });
});
