import { classHighlighter, highlightTree } from '@lezer/highlight';
import { parser } from '@lezer/python';

/**
 * Python source → lines of highlighted tokens (Lezer's Python grammar and its standard classes, `tok-keyword` …),
 * computed once per scenario. Plain text pieces carry an empty class.
 */
export type Token = { text: string; cls: string };

export function highlightPython(source: string): Token[][] {
  const pieces: Token[] = [];
  let pos = 0;
  const tree = parser.parse(source);
  highlightTree(tree, classHighlighter, (from, to, classes) => {
    if (from > pos) pieces.push({ text: source.slice(pos, from), cls: '' });
    pieces.push({ text: source.slice(from, to), cls: classes });
    pos = to;
  });
  if (pos < source.length) pieces.push({ text: source.slice(pos), cls: '' });
  // Split pieces at newlines into lines.
  const lines: Token[][] = [[]];
  for (const piece of pieces) {
    const parts = piece.text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part) lines[lines.length - 1].push({ text: part, cls: piece.cls });
    });
  }
  if (lines.length > 1 && lines[lines.length - 1].length === 0 && source.endsWith('\n')) lines.pop();
  return lines;
}
