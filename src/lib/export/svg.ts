import { ArrowKind, SpanState, type Pacing } from '../timeline';
import { formatMessage, formatSeconds, type Catalog, type MessageId } from '../i18n';
import { spacedTicks } from '../view/axis-ticks';
import {
  arrowMarks,
  bandMarks,
  endMarks,
  forEachSpanMark,
  MIN_PX,
  printMarks,
  type SpanMark,
  type View
} from '../view/marks';
import type { PlayerModel } from '../view/player-model';
import { svgColor, type ExportTheme } from './colors';

/**
 * The timeline at one cursor as a standalone, slide-ready SVG document (a string: no DOM needed to build it, so it is
 * unit-tested in Node and reused for every frame of a recording). It draws what the player's timeline draws — the
 * same marks from components/marks.ts, in the same zoom window — plus what a slide needs around it: a title, a
 * subtitle saying where in the run this is, the legend, lane labels and the time axis. Every colour is concrete
 * (ExportTheme, resolved from the page's CSS variables by the caller), every style an attribute: no CSS, no
 * variables, no external font or image.
 *
 * Invariants: the output is well-formed XML whose root is `<svg>` with integer `width`/`height` attributes equal to
 * the returned numbers; text is escaped; marks outside the window are clipped to the plot.
 */

export interface SvgExportOptions {
  model: Pick<PlayerModel, 'timeline' | 'laneTone' | 'axis'>;
  pacing: Pacing;
  cursor: number;
  /** The zoom window in axis units as the player shows it (Timeline's view.u0/u1); default: the whole run. */
  window?: { u0: number; u1: number } | null;
  /** Draw the causal arrows (the timeline's "arrows" toggle). */
  arrows: boolean;
  theme: ExportTheme;
  catalog: Partial<Catalog>;
  /** Scenario title, or the file name. */
  title: string;
  file: string;
  /** Picture width in CSS pixels (the PNG is rendered at a multiple of it). */
  width?: number;
  rowH?: number;
}

export interface SvgExport {
  svg: string;
  width: number;
  height: number;
}

export const EXPORT_WIDTH = 1280;
const MARGIN = 24;
const AXIS_H = 28;
/** The player's un-zoomed padding (Timeline.svelte's PAD_PX and right gutter), so "Fit" exports look the same. */
const PAD_PX = 24;
const RIGHT_GUTTER = 18;
const FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Noto Sans CJK SC', sans-serif";
const MONO = "ui-monospace, 'SFMono-Regular', 'DejaVu Sans Mono', Menlo, Consolas, monospace";
const END_GLYPH = { done: '✓', failed: '✕', cancelled: '⊘' } as const;

/** XML text / attribute escaping. */
export function esc(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    // Control characters other than tab and line breaks are not allowed in XML 1.0 at all.
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) continue;
    out += '&<>"\''.includes(ch) ? `&#${code};` : ch;
  }
  return out;
}

/** Two decimals are far below a pixel at 2×, and keep the file small. */
const n = (v: number) => String(Math.round(v * 100) / 100);

/** Rough text width (no font metrics without a DOM): wide for CJK, ~0.58 em for Latin sans, 0.6 em for mono. */
export function textWidth(text: string, size: number, mono = false): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? size : size * (mono ? 0.6 : 0.58);
  return w;
}

function fit(text: string, size: number, maxW: number, mono = false): string {
  if (textWidth(text, size, mono) <= maxW) return text;
  let out = text;
  while (out.length > 1 && textWidth(`${out}…`, size, mono) > maxW) out = out.slice(0, -1);
  return `${out}…`;
}

export function buildViewSvg(o: SvgExportOptions): SvgExport {
  const { model, theme, catalog } = o;
  const tl = model.timeline;
  const axis = model.axis[o.pacing];
  const width = Math.round(o.width ?? EXPORT_WIDTH);
  const rowH = o.rowH ?? 30;
  const msg: Msg = (id, params = {}) => formatMessage({ id, params }, catalog);
  const col = (c: string) => svgColor(c, '#000000');
  const fill = (c: string) => {
    const { hex, opacity } = col(c);
    return opacity < 1 ? `fill="${hex}" fill-opacity="${opacity}"` : `fill="${hex}"`;
  };
  const stroke = (c: string) => {
    const { hex, opacity } = col(c);
    return opacity < 1 ? `stroke="${hex}" stroke-opacity="${opacity}"` : `stroke="${hex}"`;
  };
  const tone = (lane: number) => theme.tones[model.laneTone[lane] ?? 'loop'] ?? theme.tones.loop ?? theme.text;
  const cursor = Math.max(0, Math.min(o.cursor, tl.eventCount - 1));

  // Layout: title, subtitle, legend, then lane labels | axis + lanes.
  const names = tl.lanes.map((l) => (l.kind === 'loop' ? msg('ui.eventLoop') : l.name));
  const labelW = Math.round(
    Math.min(
      360,
      Math.max(
        150,
        ...tl.lanes.map(
          (l, i) =>
            l.depth * 14 + 26 + textWidth(names[i], 13) + (l.coro ? 8 + textWidth(`· ${l.coro}`, 12, true) : 0) + 8
        )
      )
    )
  );
  const legendY = MARGIN + 74;
  const top = MARGIN + 98;
  const plotX = MARGIN + labelW + 8;
  const plotW = Math.max(40, width - MARGIN - plotX);
  const lanesH = tl.lanes.length * rowH + 6;
  const plotH = AXIS_H + lanesH;
  const height = Math.round(top + plotH + MARGIN);

  // The window: as given (the player's zoom), else the player's un-zoomed view at this width.
  const total = Math.max(axis.totalUnits, 1e-12);
  const span = Math.max(1, plotW - 2 * PAD_PX - RIGHT_GUTTER);
  const u0 = o.window?.u0 ?? (-PAD_PX / span) * total;
  const u1 = o.window && o.window.u1 > o.window.u0 ? o.window.u1 : ((plotW - PAD_PX) / span) * total;
  const k = plotW / (u1 - u0);
  const view: View = { timeline: tl, axis, cursor, xOfU: (u) => (u - u0) * k, u0, u1 };

  const out: string[] = [];
  const push = (s: string) => out.push(s);
  const y = (lane: number) => AXIS_H + lane * rowH;
  const mid = (lane: number) => y(lane) + rowH / 2;

  push(`<?xml version="1.0" encoding="UTF-8"?>`);
  push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
      `font-family="${esc(FONT)}" role="img">`
  );
  const event = tl.eventCount > 0 ? axis.tOfSeq[cursor] : 0;
  const subtitle = msg('ui.export.subtitle', {
    file: o.file,
    seq: String(cursor),
    total: String(Math.max(0, tl.eventCount - 1)),
    t: formatSeconds(event)
  });
  push(`<title>${esc(o.title)}</title>`);
  push(`<desc>${esc(subtitle)}</desc>`);

  // Patterns and arrow heads (ids are local to this document).
  const tones = [...new Set(model.laneTone)];
  push('<defs>');
  tones.forEach((tk, i) => {
    const c = theme.tones[tk] ?? theme.text;
    push(
      `<pattern id="hatch-${i}" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
        `<rect width="5" height="5" ${fill(c)} opacity="0.18"/>` +
        `<line x1="0" y1="0" x2="0" y2="5" ${stroke(c)} stroke-width="2.2"/></pattern>`
    );
  });
  push(
    `<pattern id="hatch-block" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">` +
      `<line x1="0" y1="0" x2="0" y2="8" ${stroke(theme.block)} stroke-width="2" opacity="0.5"/></pattern>`
  );
  const heads = [theme.arrowCreate, theme.arrowWake, theme.arrowCancel];
  heads.forEach((c, i) =>
    push(
      `<marker id="head-${i}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">` +
        `<path d="M0,0 L10,5 L0,10 z" ${fill(c)}/></marker>`
    )
  );
  push(`<clipPath id="plot"><rect x="0" y="0" width="${n(plotW)}" height="${n(plotH)}"/></clipPath>`);
  push('</defs>');

  // Background and heading.
  push(`<rect width="${width}" height="${height}" ${fill(theme.panel)}/>`);
  push(
    `<text x="${MARGIN}" y="${MARGIN + 24}" font-size="24" font-weight="700" ${fill(theme.text)}>` +
      `${esc(fit(o.title, 24, width - 2 * MARGIN))}</text>`
  );
  push(
    `<text x="${MARGIN}" y="${MARGIN + 48}" font-size="14" ${fill(theme.muted)}>` +
      `${esc(fit(subtitle, 14, width - 2 * MARGIN))}</text>`
  );
  legend(push, legendY, theme, msg, fill, stroke);

  // Lane labels.
  push(`<g transform="translate(${MARGIN} ${top})">`);
  tl.lanes.forEach((lane, i) => {
    const cy = mid(i);
    const x0 = lane.depth * 14;
    const c = tone(i);
    if (lane.depth > 0) push(`<text x="${x0 - 12}" y="${n(cy + 4)}" font-size="12" ${fill(theme.muted)}>└</text>`);
    push(`<rect x="${x0}" y="${n(cy - 8)}" width="16" height="16" rx="4" ${fill(c)}/>`);
    const room = labelW - x0 - 26;
    const name = fit(names[i], 13, room);
    push(`<text x="${x0 + 22}" y="${n(cy + 4.5)}" font-size="13" font-weight="600" ${fill(theme.text)}>${esc(name)}`);
    const left = room - textWidth(name, 13);
    if (lane.coro && left > 30) {
      const coro = fit(`· ${lane.coro}`, 12, left - 6, true);
      push(`<tspan dx="6" font-family="${esc(MONO)}" font-size="12" font-weight="400" ${fill(theme.muted)}>`);
      push(`${esc(coro)}</tspan>`);
    }
    push('</text>');
  });
  push('</g>');

  // Plot: axis, rows, marks, playhead — clipped to the window.
  push(`<g transform="translate(${plotX} ${top})">`);
  push(`<g clip-path="url(#plot)">`);
  tl.lanes.forEach((_, i) => {
    if (i % 2 === 1)
      push(`<rect x="0" y="${y(i)}" width="${n(plotW)}" height="${rowH}" ${fill(theme.panel2)} opacity="0.45"/>`);
  });
  // The player's tick choice (thinned so labels never touch).
  for (const { t: tSec, x } of spacedTicks({ axis, xOfU: view.xOfU, u0, u1, width: plotW })) {
    if (x < -0.5 || x > plotW + 0.5) continue;
    push(`<line x1="${n(x)}" x2="${n(x)}" y1="${AXIS_H}" y2="${n(plotH)}" ${stroke(theme.grid)} stroke-width="1"/>`);
    push(
      `<text x="${n(x)}" y="${AXIS_H - 9}" font-size="12" text-anchor="middle" ${fill(theme.muted)}>` +
        `${esc(`${formatSeconds(tSec)} s`)}</text>`
    );
  }
  for (const b of bandMarks(view)) {
    const w = n(Math.max(3, b.x1Px - b.x0Px));
    push(`<rect x="${n(b.x0Px)}" y="${AXIS_H}" width="${w}" height="${lanesH}" ${fill(theme.blockBg)}/>`);
    push(`<rect x="${n(b.x0Px)}" y="${AXIS_H}" width="${w}" height="${lanesH}" fill="url(#hatch-block)"/>`);
  }
  spans(push, view, {
    rowH,
    y,
    mid,
    tone,
    fill,
    stroke,
    theme,
    msg,
    toneIndex: (l) => tones.indexOf(model.laneTone[l])
  });
  for (const p of printMarks(view)) {
    push(`<path d="M${n(p.xPx - 4)},${y(p.lane) + 1} h8 l-4,5 z" ${fill(tone(p.lane))}/>`);
  }
  for (const e of endMarks(view)) {
    const r = Math.min(8, rowH * 0.3);
    const circle = e.kind === 'done' ? tone(e.lane) : e.kind === 'failed' ? theme.block : theme.panel;
    const glyph = e.kind === 'cancelled' ? theme.text : '#ffffff';
    push(
      `<g transform="translate(${n(e.xPx + 9)} ${n(mid(e.lane))})">` +
        `<circle r="${n(r)}" ${fill(circle)} ${stroke(theme.text)} stroke-width="1.2"/>` +
        `<text dy="0.35em" font-size="11" font-weight="700" text-anchor="middle" ${fill(glyph)}>` +
        `${END_GLYPH[e.kind]}</text></g>`
    );
  }
  if (o.arrows) {
    const dash = ['3 3', '', '7 3'];
    for (const a of arrowMarks(view)) {
      const c = heads[a.kind] ?? theme.arrowWake;
      const x0 = a.x0Px;
      const y0 = mid(a.fromLane);
      const x1 = a.x1Px;
      const y1 = mid(a.toLane);
      const dx = Math.max(14, Math.abs(x1 - x0) / 2);
      push(
        `<path d="M${n(x0)},${n(y0)} C${n(x0 + dx)},${n(y0)} ${n(x1 - dx)},${n(y1)} ${n(x1)},${n(y1)}" fill="none" ` +
          `${stroke(c)} stroke-width="1.4" opacity="0.85"${dash[a.kind] ? ` stroke-dasharray="${dash[a.kind]}"` : ''} ` +
          `marker-end="url(#head-${a.kind === ArrowKind.createdBy ? 0 : a.kind === ArrowKind.wokenBy ? 1 : 2})"/>`
      );
    }
  }
  const px = view.xOfU(axis.uOfSeq[cursor] ?? 0);
  push(
    `<g transform="translate(${n(px)} 0)"><line y1="${AXIS_H - 6}" y2="${n(plotH)}" ${stroke(theme.playhead)} ` +
      `stroke-width="2"/><path d="M-6,${AXIS_H - 12} h12 l-6,8 z" ${fill(theme.playhead)}/></g>`
  );
  push('</g>');
  push(
    `<rect x="0" y="${AXIS_H}" width="${n(plotW)}" height="${lanesH}" fill="none" ${stroke(theme.border)} stroke-width="1"/>`
  );
  push('</g>');
  push('</svg>');
  return { svg: out.join('\n'), width, height };
}

type Fill = (c: string) => string;
type Msg = (id: MessageId, params?: Record<string, string>) => string;

/** The legend as in Legend.svelte: shape and word for every mark. */
function legend(push: (s: string) => void, y0: number, theme: ExportTheme, say: Msg, fill: Fill, stroke: Fill): void {
  const items: [string, string][] = [
    [`<rect y="2" width="16" height="8" ${fill(theme.text)}/>`, say('ui.legend.running')],
    [
      `<rect y="3" width="16" height="6" fill="none" ${stroke(theme.text)} stroke-dasharray="2 1"/>`,
      say('ui.legend.ready')
    ],
    [`<line y1="6" y2="6" x2="16" ${stroke(theme.text)} stroke-width="2"/>`, say('ui.legend.waiting')],
    [
      `<line y1="6" y2="6" x2="16" ${stroke(theme.tones.loop ?? theme.muted)} stroke-width="2" stroke-dasharray="2 3"/>`,
      say('ui.legend.idle')
    ],
    [`<rect width="16" height="12" ${fill(theme.blockBg)} ${stroke(theme.block)}/>`, say('ui.legend.blocked')],
    [
      `<line y1="6" y2="6" x2="20" ${stroke(theme.arrowCreate)} stroke-width="2" stroke-dasharray="3 3"/>`,
      say('ui.legend.created')
    ],
    [`<line y1="6" y2="6" x2="20" ${stroke(theme.arrowWake)} stroke-width="2"/>`, say('ui.legend.woke')],
    [
      `<line y1="6" y2="6" x2="20" ${stroke(theme.arrowCancel)} stroke-width="2" stroke-dasharray="7 3"/>`,
      say('ui.legend.cancelled')
    ]
  ];
  let x = MARGIN;
  push(`<g font-size="13" ${fill(theme.muted)}>`);
  for (const [glyph, label] of items) {
    push(`<g transform="translate(${n(x)} ${y0 - 10})">${glyph}</g>`);
    push(`<text x="${n(x + 26)}" y="${y0}">${esc(label)}</text>`);
    x += 26 + textWidth(label, 13) + 18;
  }
  push('</g>');
}

interface SpanCtx {
  rowH: number;
  y: (lane: number) => number;
  mid: (lane: number) => number;
  tone: (lane: number) => string;
  toneIndex: (lane: number) => number;
  fill: Fill;
  stroke: Fill;
  theme: ExportTheme;
  msg: Msg;
}

/**
 * The spans as Lanes.svg.svelte draws them. Marks narrower than half a pixel that continue the previous mark of the
 * same lane and state are merged into it, so an un-zoomed export of a huge trace stays a few thousand elements.
 */
function spans(push: (s: string) => void, view: View, c: SpanCtx): void {
  const { rowH, y, mid, tone, fill, stroke, theme } = c;
  // Per lane and state, the mark waiting to be drawn: tiny marks that touch it are merged into it.
  const pending = new Map<
    number,
    { lane: number; state: number; x0: number; x1: number; open: boolean; label: string }
  >();
  const flush = (key: number) => {
    const p = pending.get(key);
    if (p) draw(p.lane, p.state, p.x0, p.x1, p.open, p.label);
    pending.delete(key);
  };
  const draw = (lane: number, state: number, x0: number, x1: number, open: boolean, label: string) => {
    const w = Math.max(x1 - x0, MIN_PX[state] ?? 0);
    if (state === SpanState.running) {
      push(
        `<rect x="${n(x0)}" y="${n(y(lane) + rowH * 0.18)}" width="${n(w)}" height="${n(rowH * 0.64)}" rx="2" ` +
          `${fill(tone(lane))}${open ? ` ${stroke(theme.text)} stroke-width="2"` : ''}/>`
      );
    } else if (state === SpanState.ready) {
      push(
        `<rect x="${n(x0)}" y="${n(y(lane) + rowH * 0.3)}" width="${n(w)}" height="${n(rowH * 0.4)}" ` +
          `fill="url(#hatch-${c.toneIndex(lane)})" ${stroke(tone(lane))} stroke-width="1"/>`
      );
    } else if (state === SpanState.waiting || state === SpanState.idle) {
      const idle = state === SpanState.idle;
      push(
        `<line x1="${n(x0)}" x2="${n(x0 + w)}" y1="${n(mid(lane))}" y2="${n(mid(lane))}" ` +
          `${stroke(idle ? (theme.tones.loop ?? theme.muted) : tone(lane))} stroke-width="2" stroke-linecap="round"` +
          `${idle ? ' stroke-dasharray="2 4"' : ''}/>`
      );
      if (label && w > textWidth(label, 11, true) + 10) {
        push(
          `<text x="${n(x0 + 5)}" y="${n(mid(lane) - 4)}" font-size="11" font-family="${esc(MONO)}" ` +
            `${fill(theme.muted)}>${esc(label)}</text>`
        );
      }
    } else if (state === SpanState.iteration) {
      const alt = Number(label) % 2 === 1;
      push(
        `<rect x="${n(x0)}" y="${n(y(lane) + rowH * 0.25)}" width="${n(w)}" height="${n(rowH * 0.5)}" ` +
          `${fill(theme.tones.loop ?? theme.muted)} opacity="${alt ? 0.85 : 0.55}"` +
          `${open ? ` ${stroke(theme.text)} stroke-width="1.5"` : ''}/>`
      );
    } else if (state === SpanState.blocked) {
      push(
        `<rect x="${n(x0)}" y="${n(y(lane) + rowH * 0.2)}" width="${n(w)}" height="${n(rowH * 0.6)}" ${fill(theme.block)}/>`
      );
      const text = label ? c.msg('ui.blockedBy', { label }) : '';
      if (text && w > textWidth(text, 11) + 10) {
        push(
          `<text x="${n(x0 + 5)}" y="${n(mid(lane) + 4)}" font-size="11" font-weight="600" fill="#ffffff">` +
            `${esc(text)}</text>`
        );
      }
    }
  };
  forEachSpanMark(view, (m: SpanMark) => {
    const w = Math.max(m.x1Px - m.x0Px, MIN_PX[m.state] ?? 0);
    if (m.x0Px + w < -2 || m.x0Px > view.xOfU(view.u1) + 2) return;
    const key = m.lane * 8 + m.state;
    const p = pending.get(key);
    const tiny = (a: number, b: number) => b - a < 1;
    if (p && m.x0Px <= p.x0 + Math.max(p.x1 - p.x0, MIN_PX[p.state] ?? 0) + 0.5) {
      if (tiny(m.x0Px, m.x1Px) || tiny(p.x0, p.x1)) {
        p.x1 = Math.max(p.x1, m.x1Px);
        p.open ||= m.open;
        p.label = '';
        return;
      }
    }
    flush(key);
    pending.set(key, { lane: m.lane, state: m.state, x0: m.x0Px, x1: m.x1Px, open: m.open, label: m.label });
  });
  for (const key of [...pending.keys()]) flush(key);
}
