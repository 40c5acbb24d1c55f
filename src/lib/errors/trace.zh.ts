/**
 * 简体中文 for the trace-file catalog entries added with the recorder and `aioscope check` (AIO-T006, AIO-T007), with
 * the same `{name}` placeholders as the English in catalog.ts (trace.zh.test.ts checks both).
 */
import type { ErrorCode } from './catalog';

type TraceCode = Extract<ErrorCode, 'AIO-T006' | 'AIO-T007'>;

export const TRACE_ZH: Record<TraceCode, { title: string; message: string; hint: string }> = {
  'AIO-T006': {
    title: '无法读取追踪文件',
    message: '无法读取追踪文件 {file}：{detail}',
    hint: '请检查路径，确认文件存在且可读（录制方法：python3 aioscope_record.py PROG.py > trace.jsonl）。'
  },
  'AIO-T007': {
    title: '追踪中的引用已损坏',
    message: '追踪第 {line} 行：{field} {value} 必须指向更早的事件（这是第 {seq} 个事件）',
    hint: '追踪文件被截断或行序被打乱；请重新录制或生成，不要手动编辑。'
  }
};
