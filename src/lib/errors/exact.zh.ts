/**
 * 简体中文 for the exact engine's catalog entries (AIO-E…), with the same `{name}` placeholders as the English in
 * catalog.ts (a test checks both). Kept beside the catalog so a page in Chinese shows these errors in Chinese.
 */
import type { ErrorCode } from './catalog';

type ExactCode = Extract<ErrorCode, `AIO-E${string}`>;

export const EXACT_ZH: Record<ExactCode, { title: string; message: string; hint: string }> = {
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
  }
};
