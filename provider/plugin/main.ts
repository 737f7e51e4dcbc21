#!/usr/bin/env node
// pulumi-resource-ionos-s3key: the resource plugin, started by the engine with its address.
import { serve } from "./serve";

void serve(process.argv.slice(2));
