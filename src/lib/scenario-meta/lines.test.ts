import { describe, expect, it } from 'vitest';
import { isBlank, isCommentOnly, scanLines } from './lines';

describe('scanLines', () => {
  it('finds real comments and ignores # inside strings', () => {
    const [a, b, c] = scanLines('x = "#no"  # yes\ny = \'a#b\'\n# full');
    expect([a!.comment, a!.code]).toEqual(['yes', 'x = "#no"']);
    expect(b!.comment).toBeNull();
    expect(c!.comment).toBe('full');
    expect(isCommentOnly(c!)).toBe(true);
  });

  it('gives every line of a bracketed statement its first line', () => {
    const lines = scanLines('r = f(\n    1,  # one\n    2,\n)\nz = 3');
    expect(lines.map((l) => l.statement)).toEqual([1, 1, 1, 1, 5]);
    expect(lines[1]!.comment).toBe('one');
    expect(lines[1]!.continued).toBe(true);
  });

  it('joins backslash continuations and triple-quoted strings', () => {
    const lines = scanLines('a = 1 + \\\n    2\ns = """x\n# not a comment\n"""\nb = 2');
    expect(lines.map((l) => l.statement)).toEqual([1, 1, 3, 3, 3, 6]);
    expect(lines[3]!.comment).toBeNull();
  });

  it('handles escaped quotes and both line-ending styles', () => {
    const lines = scanLines("s = 'it\\'s'  # c\r\nt = 1\rprint(t)");
    expect(lines.length).toBe(3);
    expect(lines[0]!.comment).toBe('c');
    expect(lines[2]!.text).toBe('print(t)');
  });

  it('recovers from an unterminated string without swallowing the file', () => {
    const lines = scanLines('s = "oops\n# comment');
    expect(lines[1]!.comment).toBe('comment');
  });

  it('classifies blank and comment-only lines', () => {
    const [a, b, c] = scanLines('   \n  # c\nx = 1');
    expect(isBlank(a!)).toBe(true);
    expect(isCommentOnly(b!)).toBe(true);
    expect(isBlank(c!) || isCommentOnly(c!)).toBe(false);
  });
});
