#!/usr/bin/env node
// pulumi-resource-ionos-s3key: the resource plugin, started by the engine with its address; also
// `pulumi-resource-ionos-s3key recover [--stack NAME]`, the recover command for stacks of YAML, Go,
// Python and .NET programs, which have no npm package to run it from.
import { runRecoverCli } from "../recover/cli";
import { serve } from "./serve";

const args = process.argv.slice(2);
if (args[0] === "recover") runRecoverCli(args);
else void serve(args);
