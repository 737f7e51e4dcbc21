import { inPluginHost } from "./engine-watch";

/**
 * Gives `pulumi.log` the engine in Pulumi's dynamic-provider host, so that progress and retry
 * messages land on their resource's row. That host takes the engine's address as its argument but
 * never hands it to the SDK's settings (which read `PULUMI_NODEJS_ENGINE`, set only for programs):
 * without this, every message goes to the host's stdout, which the CLI shows on the Stack's row as
 * `info: [runtime] …`. The plugin (`serve.ts`) sets the variable before the SDK starts.
 */
export function connectLogToEngine(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): void {
  if (!inPluginHost(argv) || env.PULUMI_NODEJS_ENGINE) return;
  const address = argv.slice(2).find((arg) => /^[^-][^\s]*:\d+$/.test(arg));
  if (address === undefined) return;
  env.PULUMI_NODEJS_ENGINE = address;
  // The SDK may have read its settings already (they are made once per process, from the environment).
  try {
    const state = require("@pulumi/pulumi/runtime/state") as {
      getStore?: () => { settings?: { options?: { engineAddr?: string } } };
    };
    const options = state.getStore?.().settings?.options;
    if (options !== undefined && !options.engineAddr) options.engineAddr = address;
  } catch {
    // Another SDK layout: the messages go to stdout, as before.
  }
}
