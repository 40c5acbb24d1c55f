/** Starts a simulation worker (a module worker, bundled by Vite from sim.worker.ts). */
export function spawnSimWorker(): Worker {
  return new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' });
}
