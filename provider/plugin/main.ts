#!/usr/bin/env node
// pulumi-resource-ionos-s3key: the resource plugin, started by the engine with its address; also
// `pulumi-resource-ionos-s3key recover [--stack NAME]`, the recover command for stacks of YAML, Go,
// Python and .NET programs, which have no npm package to run it from.
import { runRecoverCli } from "../recover/cli";
import { serve } from "./serve";
import { startEngineGuard } from "../common/engine-watch";

const args = process.argv.slice(2);
if (args[0] === "recover") runRecoverCli(args);
else {
  // The engine's address: where messages go, and what tells the host that its engine is gone.
  const engine = args.find((arg) => !arg.startsWith("-"));
  if (engine !== undefined) startEngineGuard(engine, (code) => process.exit(code));
  serve(args).catch((error: unknown) => {
    process.stderr.write(`pulumi-resource-ionos-s3key: cannot serve: ${(error as Error).message}\n`);
    process.exit(1);
  });
}
