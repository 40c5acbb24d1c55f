/**
 * A tiny Python line scanner: just enough tokenizing to find real comments (a `#` inside a string is not one) and
 * the first line of the logical statement each physical line belongs to (brackets, backslashes and triple-quoted
 * strings join lines). It never fails: on text that is not valid Python it still returns one entry per line.
 */

export interface SourceLine {
  /** 1-based physical line number. */
  line: number;
  /** The line without its end-of-line characters. */
  text: string;
  /** Index in `text` of the `#` starting a real comment, or null. */
  commentAt: number | null;
  /** The comment's text after `#`, trimmed; null when the line has no comment. */
  comment: string | null;
  /** `text` before the comment (or all of it), right-trimmed. */
  code: string;
  /** First physical line of the logical statement this line is part of (itself for a statement's first line). */
  statement: number;
  /** True when the line starts inside a bracket, a backslash continuation or a multi-line string. */
  continued: boolean;
  /** Where string literals are on this line: [start, end) of each, quotes and prefix letters excluded. */
  strings: [number, number][];
}

type StringState = { quote: string; triple: boolean } | null;

/** Splits `source` into lines (on \n, \r\n or \r, as Python does) and scans them. */
export function scanLines(source: string): SourceLine[] {
  const texts = source.split(/\r\n|\r|\n/);
  const out: SourceLine[] = [];
  let depth = 0; // open brackets carried across lines
  let str: StringState = null; // an open triple-quoted string carried across lines
  let backslash = false; // previous line ended with a continuation backslash
  let statement = 1;
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    const line = i + 1;
    const continued = depth > 0 || str !== null || backslash;
    if (!continued) statement = line;
    backslash = false;
    let commentAt: number | null = null;
    const strings: [number, number][] = [];
    let openedAt = 0; // where the open string's text starts on this line
    let j = 0;
    while (j < text.length) {
      const c = text[j]!;
      if (str !== null) {
        if (c === '\\') {
          j += 2;
          continue;
        }
        if (str.triple ? text.startsWith(str.quote.repeat(3), j) : c === str.quote) {
          strings.push([openedAt, j]);
          j += str.triple ? 3 : 1;
          str = null;
          continue;
        }
        j++;
        continue;
      }
      if (c === '#') {
        commentAt = j;
        break;
      }
      if (c === '"' || c === "'") {
        const triple = text.startsWith(c.repeat(3), j);
        str = { quote: c, triple };
        j += triple ? 3 : 1;
        openedAt = j;
        continue;
      }
      if (c === '(' || c === '[' || c === '{') depth++;
      else if ((c === ')' || c === ']' || c === '}') && depth > 0) depth--;
      else if (c === '\\' && j === text.length - 1) backslash = true;
      j++;
    }
    // A string still open at the end of the line: its text so far is on this line (a triple-quoted one goes on, an
    // unterminated single-quoted one ends here: a syntax error in Python; we just recover).
    if (str !== null) strings.push([openedAt, text.length]);
    if (str !== null && !str.triple) str = null;
    const code = (commentAt === null ? text : text.slice(0, commentAt)).replace(/\s+$/, '');
    const comment = commentAt === null ? null : text.slice(commentAt + 1).trim();
    out.push({ line, text, commentAt, comment, code, statement, continued, strings });
  }
  return out;
}

/** A line that holds only a comment (and indentation), outside any bracket or string. */
export function isCommentOnly(l: SourceLine): boolean {
  return l.commentAt !== null && l.code.trim() === '' && !l.continued;
}

/** A line with nothing but whitespace, outside any bracket or string. */
export function isBlank(l: SourceLine): boolean {
  return l.commentAt === null && l.code.trim() === '' && !l.continued;
}
