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

  it('speaks 简体中文 when asked: the catalog message and hint, filled with the same values', () => {
    const result = simulate('import asyncio\nasync def main():\n    while True: pass\nasyncio.run(main())\n', {
      file: 'main.py',
      stepBudget: 10_000
    });
    const en = diagnose(result, 'main.py')!;
    const zh = diagnose(result, 'main.py', 'zh')!;
    expect(zh).toMatchObject({ line: en.line, code: 'AIO-R001' });
    expect(en.message).toBe('step budget exhausted: Task-1 ran 10001 steps without yielding to the event loop');
    expect(zh.message).toBe('步数预算已用尽：Task-1 运行了 10001 步，始终没有把控制权交还给事件循环');
    expect(zh.hint).toContain('await asyncio.sleep(0)');
    expect(timeoutDiagnostic(2, 'zh').message).toBe('模拟没有在 2 秒内结束；已被停止');
  });

  it('a timeout has no line and the catalog text', () => {
    expect(timeoutDiagnostic(2)).toMatchObject({ line: null, code: 'AIO-R008' });
    expect(timeoutDiagnostic(2).message).toContain('2 s');
  });
});
