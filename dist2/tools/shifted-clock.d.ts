/** The environment that starts a Node.js process with its clock `offsetMs` off. */
export declare function shiftedClockEnv(env: NodeJS.ProcessEnv, offsetMs: number): NodeJS.ProcessEnv;
