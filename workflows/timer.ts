// A task's one timer, moved instead of restarted: aimed at an instant, it outlives every change that leaves
// that instant where it is (the updatable timer of temporalio/samples-typescript's timer-examples, in spirit).
import { CancellationScope, sleep } from '@temporalio/workflow';

export class TaskTimer {
  #at: string | null = null;
  #scope: CancellationScope | null = null;
  #fired = false;

  /** fires `ms` from now for `at`; aimed again at the same instant, the running timer stays */
  aim(at: string, ms: number, summary: string): void {
    if (this.#scope !== null && this.#at === at) return;
    this.cancel();
    const scope = new CancellationScope();
    this.#at = at;
    this.#scope = scope;
    scope.run(() => sleep(ms, { summary })).then(
      () => {
        if (this.#scope === scope) this.#fired = true;
      },
      () => undefined, // cancelled: the task moved on
    );
  }

  get fired(): boolean {
    return this.#fired;
  }

  /** stops a timer that has not fired, and forgets one that has */
  cancel(): void {
    if (this.#scope !== null && !this.#fired) this.#scope.cancel();
    this.#scope = null;
    this.#at = null;
    this.#fired = false;
  }
}
