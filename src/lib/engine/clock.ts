/**
 * The one virtual clock of a simulated process: loop.time() = time.monotonic() = time.perf_counter() = `now`.
 *
 * Invariants: `now` starts at 0.0 and never decreases. It is created outside the loop (module-level code may
 * time.sleep before asyncio.run) and injected into the Engine; only the loop (jumping to a timer's deadline) and
 * blocking sleeps move it.
 */
export class Clock {
  now = 0;

  /** Block for `seconds` (time.sleep): plain float addition, as CPython's monotonic clock would read after it. */
  advance(seconds: number): void {
    if (seconds > 0) this.now = this.now + seconds;
  }

  /** Jump to an absolute time (the loop's select() waking at a timer's deadline). Never goes backwards. */
  jumpTo(t: number): void {
    if (t > this.now) this.now = t;
  }
}
