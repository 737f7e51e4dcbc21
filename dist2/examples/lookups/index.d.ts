import * as pulumi from "@pulumi/pulumi";
export declare const keyIds: pulumi.Output<string[]>;
export declare const ssoUrl: pulumi.Output<string>;
export declare const managedKeyId: pulumi.Output<string>;
