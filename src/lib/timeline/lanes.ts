import type { Lane, LaneEnd, LaneKind } from './types';

/** A lane-to-be, as the layout pass sees it; `parent` is the parent task's creation index. */
export interface EntityInfo {
  kind: LaneKind;
  name: string;
  coro: string;
  parent: number | null;
  /** Task id from the trace (task.create.tid), when present. */
  tid?: number;
  seq: number;
  tSeconds: number;
}

/**
 * Lane order: the loop on top, then the task tree depth-first (children under their parent, siblings in creation
 * order; tasks without a parent task are roots in creation order), then worker threads in order of first use.
 * Entities are the layout pass's ids: task index >= 0, loop -1, thread -(k + 2).
 */
export function orderLanes(
  loop: EntityInfo,
  tasks: EntityInfo[],
  threads: EntityInfo[],
  ends: Map<number, LaneEnd>
): { lanes: Lane[]; laneOf: (entity: number) => number } {
  const children: number[][] = tasks.map(() => []);
  const roots: number[] = [];
  tasks.forEach((task, i) => {
    // A parent created later than the child cannot happen in a well-formed trace; treat it as a root.
    if (task.parent !== null && task.parent < i) children[task.parent].push(i);
    else roots.push(i);
  });

  const lanes: Lane[] = [lane(0, loop, 0, -1, null)];
  const taskLane = new Int32Array(tasks.length);
  // Iterative DFS (a trace may nest tasks deeper than the JS stack allows).
  const stack: Array<[number, number]> = roots.map((i): [number, number] => [i, 0]).reverse();
  while (stack.length > 0) {
    const [i, depth] = stack.pop()!;
    const parent = tasks[i].parent;
    const parentLane = parent !== null && parent < i ? taskLane[parent] : -1;
    taskLane[i] = lanes.length;
    lanes.push(lane(lanes.length, tasks[i], depth, parentLane, ends.get(i) ?? null));
    for (let c = children[i].length - 1; c >= 0; c--) stack.push([children[i][c], depth + 1]);
  }
  const firstThreadLane = lanes.length;
  threads.forEach((thread) => lanes.push(lane(lanes.length, thread, 0, -1, null)));

  const laneOf = (entity: number): number => {
    if (entity >= 0) return taskLane[entity];
    if (entity === -1) return 0;
    return firstThreadLane + (-entity - 2);
  };
  return { lanes, laneOf };
}

function lane(index: number, info: EntityInfo, depth: number, parent: number, end: LaneEnd | null): Lane {
  return {
    index,
    kind: info.kind,
    name: info.name,
    ...(info.tid !== undefined ? { tid: info.tid } : {}),
    label: info.kind === 'task' && info.coro ? `${info.name} · ${info.coro}` : info.name,
    coro: info.coro,
    depth,
    parent,
    createdSeq: info.seq,
    createdSeconds: info.tSeconds,
    end
  };
}
