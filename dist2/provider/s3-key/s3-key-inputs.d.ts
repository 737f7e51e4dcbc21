import type * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import type { S3KeyInputs } from "./s3-key-types";
export declare const S3KeyInputsSchema: z.ZodObject<{
    userId: z.ZodString;
    active: z.ZodDefault<z.ZodUnion<readonly [z.ZodBoolean, z.ZodLiteral<"04da6b54-80e4-46f7-96ec-b56ff0331ba9">]>>;
    keepers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    adoptKeyId: z.ZodOptional<z.ZodString>;
    identity: z.ZodOptional<z.ZodString>;
    adoptedBefore: z.ZodOptional<z.ZodLiteral<true>>;
    createToken: z.ZodOptional<z.ZodString>;
}, z.core.$strict>;
/** Validates raw inputs (without `__provider`) and reports every problem at once. */
export declare function checkInputs(raw: Record<string, unknown>): {
    inputs?: S3KeyInputs;
    failures: pulumi.dynamic.CheckFailure[];
};
