import { describe, expect, it } from 'vitest';
import { parseScenarioMeta, readScenarioMeta, ScenarioMetaError } from './parse';

const FULL = `# Sequential awaits
# title.zh: 依次 await
# lesson: One after another takes 3 s.
# lesson.zh: 依次执行需要 3 秒。
# compare: say_after
# requires: 3.12
import asyncio

DELAY = 2  # knob: 0.5..5 step 0.5 "delay (s)" zh "延迟（秒）"


async def main():
    # caption: The task sleeps here.
    # caption.zh: 任务在这里睡眠。
    await asyncio.sleep(DELAY)
    print("done")  # caption: Printed after the sleep.


asyncio.run(main())
`;

/** The message of the ScenarioMetaError `f` throws (fails the test if it does not throw one). */
function errorOf(f: () => unknown): ScenarioMetaError {
  try {
    f();
  } catch (e) {
    if (e instanceof ScenarioMetaError) return e;
    throw e;
  }
  throw new Error('expected a ScenarioMetaError');
}

describe('parseScenarioMeta', () => {
  it('reads every part of a well-formed file', () => {
    expect(parseScenarioMeta('say_after_sequential', FULL)).toEqual({
      id: 'say_after_sequential',
      title: { en: 'Sequential awaits', zh: '依次 await' },
      lesson: { en: 'One after another takes 3 s.', zh: '依次执行需要 3 秒。' },
      captions: [
        { line: 15, text: { en: 'The task sleeps here.', zh: '任务在这里睡眠。' } },
        { line: 16, text: { en: 'Printed after the sleep.' } }
      ],
      knobs: [
        {
          type: 'float',
          name: 'DELAY',
          line: 9,
          label: { en: 'delay (s)', zh: '延迟（秒）' },
          min: 0.5,
          max: 5,
          step: 0.5,
          default: 2
        }
      ],
      requires: '3.12',
      compare: 'say_after'
    });
  });

  it('works on a plain program with no metadata at all', () => {
    const meta = parseScenarioMeta('my_prog', 'import asyncio\nasyncio.run(asyncio.sleep(1))\n');
    expect(meta).toEqual({
      id: 'my_prog',
      title: { en: 'My prog' },
      lesson: { en: 'My prog' },
      captions: [],
      knobs: []
    });
  });

  it('never complains about ordinary comments', () => {
    const src = `#!/usr/bin/env python3
# -*- coding: utf-8 -*-
# Title here
# note: this is not a directive
# TODO: knob this later; caption it too
import asyncio  # knob of a door
x = 1  # caption of nothing? no: "caption" must start the comment
# lessons: plural is not a key
# Caption: keys are lower case
`;
    const r = readScenarioMeta('t', src);
    expect(r.problems).toEqual([]);
    expect(r.meta.title.en).toBe('Title here');
    expect(r.meta.captions).toEqual([]);
  });

  it('takes the first ordinary comment as the title even after directives', () => {
    expect(parseScenarioMeta('x', '# requires: 3.12\n# The title\nimport asyncio\n').title.en).toBe('The title');
  });

  it('falls back to the title for a missing lesson', () => {
    expect(parseScenarioMeta('x', '# T\n# title.zh: 标题\n').lesson).toEqual({ en: 'T', zh: '标题' });
  });

  it('joins wrapped caption lines (a space for English, nothing between Chinese characters)', () => {
    const src = `async def f():
    # caption: a long caption
    # that wraps
    # caption.zh: 一个很长的
    # 说明
    await g()
`;
    expect(parseScenarioMeta('x', src).captions).toEqual([
      { line: 6, text: { en: 'a long caption that wraps', zh: '一个很长的说明' } }
    ]);
  });

  it('attaches a trailing caption inside a multi-line statement to the statement’s first line', () => {
    const src = `r = gather(
    a(),  # caption: the gather
    b(),
)
`;
    expect(parseScenarioMeta('x', src).captions).toEqual([{ line: 1, text: { en: 'the gather' } }]);
  });

  it('merges a full-line caption.zh with a trailing English caption', () => {
    const src = '# caption.zh: 打印\nprint(1)  # caption: prints\n';
    expect(parseScenarioMeta('x', src).captions).toEqual([{ line: 2, text: { en: 'prints', zh: '打印' } }]);
  });

  it('keeps event-specific captions apart from the plain one, plain first', () => {
    const src = `async def f():
    # caption@task.resume: wakes up
    # caption.zh@task.resume: 醒来
    # caption: sleeps
    await asyncio.sleep(1)
`;
    expect(parseScenarioMeta('x', src).captions).toEqual([
      { line: 5, text: { en: 'sleeps' } },
      { line: 5, on: 'task.resume', text: { en: 'wakes up', zh: '醒来' } }
    ]);
  });

  it('reports every malformed directive with its line and does not throw from readScenarioMeta', () => {
    const src = `# T
# requires: python 3.12
# compare: x
# lesson: a
# lesson: b
# caption: dangling

# caption@task.nap: unknown kind
x = 1
# caption.zh: 只有中文
y = 2
# knob: 1..3
z = 3  # knob: 1..3 step
`;
    const r = readScenarioMeta('x', src);
    expect(r.problems.map((p) => p.line)).toEqual([2, 3, 5, 6, 8, 10, 12, 13]);
    expect(r.problems[0]!.message).toContain('Python version like 3.12');
    expect(r.problems[1]!.message).toContain('compared with itself');
    expect(r.problems[2]!.message).toContain('given twice');
    expect(r.problems[3]!.message).toContain('directly followed by the code line');
    expect(r.problems[4]!.message).toContain('unknown event kind "task.nap"');
    expect(r.problems[5]!.message).toContain('no English caption');
    expect(r.problems[6]!.message).toContain('not stand alone');
    expect(r.problems[7]!.message).toContain('`step` needs a number');
    // What was well-formed is still read.
    expect(r.meta.lesson.en).toBe('a');
    expect(r.meta.captions).toEqual([]);
  });

  it('throws one ScenarioMetaError naming file and line for each problem', () => {
    const e = errorOf(() => parseScenarioMeta('demo', '# T\nX = 1  # knob: 5..1\nY = "a"  # knob: bool\n'));
    expect(e.line).toBe(2);
    expect(e.problems).toHaveLength(2);
    expect(e.message).toBe(
      'demo.py:2: knob X: the range 5..1 is empty (min must be below max)\n' +
        'demo.py:3: knob Y: a bool knob needs True or False as its value, not "a"'
    );
  });

  it('rejects duplicate captions and header directives written as trailing comments', () => {
    const r = readScenarioMeta(
      'x',
      'x = 1  # caption: a\n# caption: b\nx = 2\nprint(x)  # lesson: no\n# caption: c\nprint(x)  # caption: d\n'
    );
    expect(r.problems.map((p) => [p.line, p.message])).toEqual([
      [4, '`lesson:` must be a comment on its own line'],
      [6, 'a second caption for line 6']
    ]);
  });
});

describe('readScenarioMeta metaLines', () => {
  it('lists the lines holding only metadata comments', () => {
    expect(readScenarioMeta('x', FULL).metaLines).toEqual([2, 3, 4, 5, 6, 13, 14]);
    const wrapped = '# caption: a\n# b\n# ordinary? no: continuation\nx = 1\n# ordinary\ny = 2\n';
    expect(readScenarioMeta('x', wrapped).metaLines).toEqual([1, 2, 3]);
  });
  it('reads presenter steps (named or not, per event kind) and speaker notes', () => {
    const src = `async def f():
    # step@task.suspend: parks
    # step.zh@task.suspend: 停下
    # note: say it slowly
    await g()
    # step:
    print(1)
`;
    const r = readScenarioMeta('x', src);
    expect(r.problems).toEqual([]);
    expect(r.meta.steps).toEqual([
      { line: 5, on: 'task.suspend', text: { en: 'parks', zh: '停下' } },
      { line: 7, text: { en: '' } }
    ]);
    expect(r.meta.notes).toEqual([{ line: 5, text: { en: 'say it slowly' } }]);
    expect(r.metaLines).toEqual([2, 3, 4, 6]);
    expect(readScenarioMeta('x', '# note:\nprint(1)\n').problems[0]!.message).toContain('empty note');
    expect(parseScenarioMeta('x', 'print(1)\n').steps).toBeUndefined();
  });
});
