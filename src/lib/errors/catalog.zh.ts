/**
 * 简体中文 for catalog entries (so far: the exact engine's AIO-E… and /open's AIO-T020…), with the same `{name}`
 * placeholders as the English in catalog.ts (a test checks both). `localizedError` gives a page in Chinese these
 * errors in Chinese, and the English for every code not here.
 */
import { formatError, type ErrorCode, type ErrorParams } from './catalog';

type TranslatedCode = Extract<ErrorCode, `AIO-E${string}` | `AIO-T02${string}`>;

export const CATALOG_ZH: Record<TranslatedCode, { title: string; message: string; hint: string }> = {
  'AIO-E001': {
    title: '精确引擎只运行 CPython 3.14',
    message: '精确引擎运行的是 CPython 3.14（pyodide），不是 {python}',
    hint: '去掉 --python，或用 --engine sim 查看 3.11 的语义。'
  },
  'AIO-E002': {
    title: '精确引擎未能加载',
    message: '精确引擎（WebAssembly 中的 CPython）无法加载：{detail}',
    hint: '请重新加载页面：运行时（约 14 MB）来自本站点本身。在此期间快速模拟器仍可使用。'
  },
  'AIO-E003': {
    title: 'JavaScript 桥接被阻止',
    message: "模块 '{name}' 在精确引擎中不可用：它会访问 JavaScript",
    hint: '程序在沙箱中运行：pyodide 的 js、pyodide_js、pyodide.ffi、pyodide.code.run_js、pyfetch 和 micropip 均被阻止。请删除此导入。'
  },
  'AIO-E004': {
    title: '精确引擎超时',
    message: '精确引擎未能在 {seconds} 秒内完成，已被停止',
    hint: '从不 await 的循环或过长的计算会让 CPython 一直忙碌；请缩短程序。下次运行时引擎会重新启动。'
  },
  'AIO-E005': {
    title: '精确引擎意外停止',
    message: '精确引擎意外停止：{detail}',
    hint: '这是 aioscope 的缺陷，或 WebAssembly 内存不足；请再运行一次，或使用快速模拟器。'
  },
  'AIO-E006': {
    title: '模拟器无法运行此程序',
    message: '快速模拟器无法运行此程序（{reason}）；精确引擎（真正的 CPython 3.14）可以',
    hint: '用精确引擎运行：它启动较慢（运行时只加载一次），但能运行任何 Python 程序。'
  },
  'AIO-T020': {
    title: '轨迹地址在其他站点上',
    message: '轨迹地址 {url} 不在本站点上；只能按地址打开本站点的轨迹',
    hint: '请下载该文件，再用文件按钮或拖放到页面上打开；本站不会从其他站点获取任何内容。'
  },
  'AIO-T021': {
    title: '无法获取轨迹',
    message: '无法获取轨迹 {url}：{detail}',
    hint: '请检查地址（必须是本站点提供的文件），或用文件按钮打开已下载的副本。'
  },
  'AIO-T022': {
    title: '不是轨迹文件',
    message: '{name} 不是文件',
    hint: '请拖放一个轨迹文件（由 `aioscope trace` 或记录器生成的 .jsonl），而不是文件夹、链接或文本。'
  }
};

/** A catalog error's message and hint in `lang` (Chinese where translated, else English). */
export function localizedError(
  code: ErrorCode,
  params: ErrorParams,
  lang: string
): { code: ErrorCode; message: string; hint: string } {
  const en = formatError(code, params);
  const zh = lang === 'zh' && Object.hasOwn(CATALOG_ZH, code) ? CATALOG_ZH[code as TranslatedCode] : null;
  if (!zh) return en;
  const fill = (tpl: string) =>
    tpl.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_m, n: string) => String(params[n] ?? ''));
  return { code, message: fill(zh.message), hint: fill(zh.hint) };
}
