import type { Lane, LoopState, TaskStatus } from '../timeline';
import type { Translate } from '../i18n';

/**
 * A lane's status at the cursor as words and a glyph, so state never relies on colour alone.
 */
export interface LaneStatus {
  glyph: string;
  text: string;
  /** CSS class: running / ready / waiting / done / failed / cancelled / idle / future. */
  cls: string;
}

const TASK: Record<TaskStatus, { glyph: string }> = {
  created: { glyph: '○' },
  ready: { glyph: '◔' },
  running: { glyph: '▶' },
  waiting: { glyph: '‖' },
  done: { glyph: '✓' },
  failed: { glyph: '✕' },
  cancelled: { glyph: '⊘' }
};

export function laneStatus(lane: Lane, state: LoopState, t: Translate): LaneStatus {
  if (lane.kind === 'loop') {
    if (state.exitCode !== null) return { glyph: '■', text: t('ui.status.closed'), cls: 'done' };
    if (state.blocked) return { glyph: '!', text: t('ui.status.blocked'), cls: 'failed' };
    if (state.running)
      return { glyph: '▶', text: t('ui.status.runningTask', { task: state.running.task }), cls: 'running' };
    if (state.runningCallback) return { glyph: '▶', text: t('ui.status.callback'), cls: 'running' };
    if (state.idleWait) return { glyph: '‖', text: t('ui.status.idle'), cls: 'waiting' };
    return {
      glyph: '↻',
      text:
        state.iteration === null ? t('ui.status.starting') : t('ui.status.iteration', { iteration: state.iteration }),
      cls: 'ready'
    };
  }
  if (lane.kind === 'thread') {
    const th = state.threads.find((x) => x.thread === lane.name);
    return th
      ? { glyph: '▶', text: t('ui.status.runningFunc', { func: th.func }), cls: 'running' }
      : { glyph: '–', text: t('ui.status.idle'), cls: 'idle' };
  }
  const task = state.tasks.find((x) => x.name === lane.name);
  if (!task) return { glyph: '·', text: t('ui.status.future'), cls: 'future' };
  const s = TASK[task.status];
  const text =
    task.status === 'waiting' && task.awaiting
      ? t('ui.status.waitingOn', { label: task.awaiting.label })
      : t(`ui.status.${task.status}`);
  return { glyph: s.glyph, text, cls: task.status };
}
