import * as pulumi from "@pulumi/pulumi";
export declare const credentials: pulumi.Output<pulumi.UnwrappedObject<{
    accessKeyId: string;
    secretAccessKey: string;
}>>;
export declare const accessKeyId: pulumi.Output<string>;
export declare const rotatedFor: string;
