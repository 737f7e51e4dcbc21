import type { ChildProcess } from "node:child_process";
/** Remembers a child until it exits. */
export declare function track<T extends ChildProcess>(child: T): T;
/** Sends SIGTERM to every child still running. */
export declare function stopChildren(): void;
/** On SIGINT, SIGTERM or SIGHUP: stop the children, then exit as the signal would have. */
export declare function stopChildrenOnSignals(): void;
