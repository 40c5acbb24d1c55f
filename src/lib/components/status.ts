import type { Lane, LoopState, TaskStatus } from '../timeline';

/**
 * A lane's status at the cursor as words and a glyph, so state never relies on colour alone.
 */
export interface LaneStatus {
  glyph: string;
  text: string;
  /** CSS class: running / ready / waiting / done / failed / cancelled / idle / future. */
  cls: string;
}

const TASK: Record<TaskStatus, { glyph: string; text: string }> = {
  created: { glyph: '○', text: 'created' },
  ready: { glyph: '◔', text: 'ready' },
  running: { glyph: '▶', text: 'running' },
  waiting: { glyph: '‖', text: 'waiting' },
  done: { glyph: '✓', text: 'done' },
  failed: { glyph: '✕', text: 'failed' },
  cancelled: { glyph: '⊘', text: 'cancelled' }
};

export function laneStatus(lane: Lane, state: LoopState): LaneStatus {
  if (lane.kind === 'loop') {
    if (state.exitCode !== null) return { glyph: '■', text: 'closed', cls: 'done' };
    if (state.blocked) return { glyph: '!', text: 'blocked', cls: 'failed' };
    if (state.running) return { glyph: '▶', text: `running ${state.running.task}`, cls: 'running' };
    if (state.runningCallback) return { glyph: '▶', text: 'callback', cls: 'running' };
    if (state.idleWait) return { glyph: '‖', text: 'idle', cls: 'waiting' };
    return { glyph: '↻', text: state.iteration === null ? 'starting' : `iteration ${state.iteration}`, cls: 'ready' };
  }
  if (lane.kind === 'thread') {
    const t = state.threads.find((th) => th.thread === lane.name);
    return t ? { glyph: '▶', text: `running ${t.func}()`, cls: 'running' } : { glyph: '–', text: 'idle', cls: 'idle' };
  }
  const task = state.tasks.find((t) => t.name === lane.name);
  if (!task) return { glyph: '·', text: 'not created yet', cls: 'future' };
  const s = TASK[task.status];
  const text = task.status === 'waiting' && task.awaiting ? `waiting · ${task.awaiting.label}` : s.text;
  return { glyph: s.glyph, text, cls: task.status };
}
