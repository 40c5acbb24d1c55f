/**
 * 简体中文 text of catalog entries (same codes and the same `{param}` placeholders as the English in catalog.ts; a
 * test checks both). Entries without a translation here are shown in English.
 */
import type { ErrorCode } from './catalog';

export interface ZhEntry {
  title: string;
  message: string;
  hint: string;
}

export const CATALOG_ZH: Partial<Record<ErrorCode, ZhEntry>> = {
  'AIO-R009': {
    title: '时钟永远到不了的定时器',
    message: '事件循环空转了 {iterations} 次，什么也没运行：下一个定时器在 {when} 到期，时钟永远到不了',
    hint: '截止时间为 inf（asyncio.sleep(float("inf"))、call_at(inf)，或相加后变成 inf 的延迟）永远不会到来；CPython 会一直等下去。请用有限的延迟，或等待某处会设置的 Event 或 Future。'
  },
  'AIO-R010': {
    title: '超出内存预算',
    message: '程序将使用超过 {limit} MiB 内存（估算）；已抛出 MemoryError',
    hint: '构造更小的数据：list(range(...))、`[...] * n` 或遍历数百万项的推导式所需内存超出模拟允许的范围。请惰性迭代（for x in range(n)）或减小 n。'
  },
  'AIO-P050': {
    title: '单独的星号赋值目标',
    message: 'starred assignment target must be in a list or tuple',
    hint: '把带星号的名字放进元组或列表：`*a, = [1]` 或 `[*a] = [1]`，或去掉星号直接赋值。'
  },
  'AIO-P051': {
    title: '未知的源文件编码',
    message: 'encoding problem: {encoding}',
    hint: '声明 Python 认识的编码（`# -*- coding: utf-8 -*-` 或 latin-1），或删除编码注释并把文件存为 UTF-8。'
  }
};
