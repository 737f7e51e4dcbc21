import * as pulumi from "@pulumi/pulumi";
export declare const accessKeyId: pulumi.Output<string>;
export declare const secretKey: pulumi.Output<string>;
export declare const accessKeyCount: pulumi.OutputInstance<number>;
