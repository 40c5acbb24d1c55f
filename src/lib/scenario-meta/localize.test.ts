import { describe, expect, it } from 'vitest';
import { localizeSource, programLangs, unusedSwaps } from './localize';
import { readScenarioMeta } from './parse';

const program = [
  '# Demo',
  'import asyncio',
  'TIMEOUT = 3  # knob: 1..5 "timeout (s)" zh "超时（秒）"',
  '',
  'async def main():',
  '    try:',
  '        # caption: wait_for gives up after the timeout.',
  '        await asyncio.wait_for(asyncio.sleep(10), timeout=TIMEOUT)',
  '    except TimeoutError:',
  '        print("timeout")  # the task timed out',
  '        print(f"{TIMEOUT} s: timeout")',
  '',
  'asyncio.run(main())',
  '# text.zh: "timeout" -> "超时"',
  '# text.zh: "the task timed out" -> "任务超时了"',
  ''
].join('\n');

describe('localizeSource', () => {
  const { meta, problems } = readScenarioMeta('demo', program);

  it('reads `# text.zh:` swaps', () => {
    expect(problems).toEqual([]);
    expect(meta.programText.zh.map((s) => [s.line, s.en, s.zh])).toEqual([
      [14, 'timeout', '超时'],
      [15, 'the task timed out', '任务超时了']
    ]);
    expect(programLangs(meta)).toEqual(['en', 'zh']);
  });

  it('swaps phrases inside strings and ordinary comments only, line for line', () => {
    const zh = localizeSource(program, meta, 'zh').split('\n');
    const en = program.split('\n');
    expect(zh).toHaveLength(en.length);
    expect(zh[7]).toBe(en[7]); // code: `timeout=TIMEOUT` is not text
    expect(zh[2]).toBe(en[2]); // a knob directive keeps its own labels
    expect(zh[6]).toBe(en[6]); // a caption directive is never rewritten
    expect(zh[9]).toBe('        print("超时")  # 任务超时了');
    expect(zh[10]).toBe('        print(f"{TIMEOUT} s: 超时")');
  });

  it('leaves English and untranslated programs alone', () => {
    expect(localizeSource(program, meta, 'en')).toBe(program);
    const plain = 'print("hi")\n';
    expect(localizeSource(plain, readScenarioMeta('p', plain).meta, 'zh')).toBe(plain);
  });

  it('finds swaps whose phrase no longer occurs in the program', () => {
    const stale = program + '# text.zh: "gone" -> "没了"\n';
    expect(unusedSwaps(stale, readScenarioMeta('demo', stale).meta).map((s) => s.en)).toEqual(['gone']);
  });

  it('reports a malformed swap at its line', () => {
    const bad = 'print("x")\n# text.zh: x => y\n';
    expect(readScenarioMeta('bad', bad).problems).toEqual([
      { line: 2, message: '`text.zh:` takes `"English text" -> "中文"` (two double-quoted strings)' }
    ]);
  });
});
