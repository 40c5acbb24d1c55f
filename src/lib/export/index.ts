/**
 * src/lib/export — files made from a trace and the player's view, all pure (no DOM): the SVG of a view, the trace as
 * JSON v1, the Chrome Trace Event file, GIF encoding and the recording plan. The browser parts (download, drawing an
 * SVG into a canvas) live in components/ExportMenu.svelte and components/export-dom.ts. See docs/export.md.
 */
export { buildViewSvg, EXPORT_WIDTH, type SvgExport, type SvgExportOptions } from './svg';
export { LIGHT_THEME, THEME_VARS, TONE_TOKENS, over, parseColor, svgColor, type ExportTheme } from './colors';
export { toChromeTrace, type ChromeTrace, type ChromeTraceEvent } from './chrome-trace';
export { checkChromeTrace } from './chrome-schema';
export { GifEncoder } from './gif';
export { buildPalette, IndexMapper, type Rgb } from './palette';
export { planRecording, MAX_FRAMES, type RecordingPlan } from './record';
export { traceJson, exportFileName } from './files';
