import type { ChildProcess } from "node:child_process";

// The processes this driver started (program, plugin host) and that have not exited yet, so that a
// driver stopped by a signal stops them too instead of leaving them running.
const running = new Set<ChildProcess>();

/** Remembers a child until it exits. */
export function track<T extends ChildProcess>(child: T): T {
  running.add(child);
  child.once("exit", () => running.delete(child));
  return child;
}

/** Sends SIGTERM to every child still running. */
export function stopChildren(): void {
  for (const child of running) child.kill("SIGTERM");
}

/** On SIGINT, SIGTERM or SIGHUP: stop the children, then exit as the signal would have. */
export function stopChildrenOnSignals(): void {
  for (const [signal, number] of [
    ["SIGINT", 2],
    ["SIGTERM", 15],
    ["SIGHUP", 1],
  ] as const) {
    process.once(signal, () => {
      stopChildren();
      process.exit(128 + number);
    });
  }
}
