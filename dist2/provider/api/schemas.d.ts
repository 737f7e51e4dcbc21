import { z } from "zod";
export declare const S3KeyMetadataSchema: z.ZodObject<{
    etag: z.ZodOptional<z.ZodString>;
    createdDate: z.ZodOptional<z.ZodString>;
    lastModifiedDate: z.ZodOptional<z.ZodString>;
}, z.core.$loose>;
export declare const S3KeySchema: z.ZodObject<{
    id: z.ZodString;
    type: z.ZodOptional<z.ZodString>;
    href: z.ZodOptional<z.ZodString>;
    metadata: z.ZodOptional<z.ZodObject<{
        etag: z.ZodOptional<z.ZodString>;
        createdDate: z.ZodOptional<z.ZodString>;
        lastModifiedDate: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>>;
    properties: z.ZodOptional<z.ZodObject<{
        secretKey: z.ZodOptional<z.ZodString>;
        active: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$loose>>;
}, z.core.$loose>;
export type S3Key = z.infer<typeof S3KeySchema>;
export declare const S3KeysSchema: z.ZodObject<{
    id: z.ZodOptional<z.ZodString>;
    type: z.ZodOptional<z.ZodString>;
    items: z.ZodDefault<z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        type: z.ZodOptional<z.ZodString>;
        href: z.ZodOptional<z.ZodString>;
        metadata: z.ZodOptional<z.ZodObject<{
            etag: z.ZodOptional<z.ZodString>;
            createdDate: z.ZodOptional<z.ZodString>;
            lastModifiedDate: z.ZodOptional<z.ZodString>;
        }, z.core.$loose>>;
        properties: z.ZodOptional<z.ZodObject<{
            secretKey: z.ZodOptional<z.ZodString>;
            active: z.ZodOptional<z.ZodBoolean>;
        }, z.core.$loose>>;
    }, z.core.$loose>>>;
}, z.core.$loose>;
export type S3Keys = z.infer<typeof S3KeysSchema>;
export declare const SsoUrlSchema: z.ZodObject<{
    ssoUrl: z.ZodString;
}, z.core.$loose>;
export type SsoUrl = z.infer<typeof SsoUrlSchema>;
export declare const RequestStatusSchema: z.ZodObject<{
    metadata: z.ZodObject<{
        status: z.ZodEnum<{
            QUEUED: "QUEUED";
            RUNNING: "RUNNING";
            DONE: "DONE";
            FAILED: "FAILED";
        }>;
        message: z.ZodOptional<z.ZodString>;
        targets: z.ZodOptional<z.ZodArray<z.ZodObject<{
            target: z.ZodObject<{
                id: z.ZodOptional<z.ZodString>;
                type: z.ZodOptional<z.ZodString>;
            }, z.core.$loose>;
        }, z.core.$loose>>>;
    }, z.core.$loose>;
}, z.core.$loose>;
export type RequestStatus = z.infer<typeof RequestStatusSchema>;
/** A write as IONOS recorded it (`GET /requests?depth=1`). */
export declare const RecordedRequestSchema: z.ZodObject<{
    id: z.ZodString;
    metadata: z.ZodOptional<z.ZodObject<{
        createdDate: z.ZodOptional<z.ZodString>;
        createdBy: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>>;
    properties: z.ZodOptional<z.ZodObject<{
        method: z.ZodOptional<z.ZodString>;
        url: z.ZodOptional<z.ZodString>;
        headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    }, z.core.$loose>>;
}, z.core.$loose>;
export type RecordedRequest = z.infer<typeof RecordedRequestSchema>;
export declare const RecordedRequestsSchema: z.ZodObject<{
    items: z.ZodDefault<z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        metadata: z.ZodOptional<z.ZodObject<{
            createdDate: z.ZodOptional<z.ZodString>;
            createdBy: z.ZodOptional<z.ZodString>;
        }, z.core.$loose>>;
        properties: z.ZodOptional<z.ZodObject<{
            method: z.ZodOptional<z.ZodString>;
            url: z.ZodOptional<z.ZodString>;
            headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        }, z.core.$loose>>;
    }, z.core.$loose>>>;
}, z.core.$loose>;
export declare const ErrorBodySchema: z.ZodObject<{
    httpStatus: z.ZodOptional<z.ZodNumber>;
    messages: z.ZodDefault<z.ZodArray<z.ZodObject<{
        errorCode: z.ZodOptional<z.ZodString>;
        message: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>>>;
}, z.core.$loose>;
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
/** The request id in a `Location` header such as `…/requests/{id}/status`. */
export declare function requestIdFromLocation(location: string | null): string | undefined;
export declare const AccessKeySchema: z.ZodObject<{
    id: z.ZodString;
    type: z.ZodOptional<z.ZodString>;
    href: z.ZodOptional<z.ZodString>;
    metadata: z.ZodObject<{
        status: z.ZodEnum<{
            FAILED: "FAILED";
            PROVISIONING: "PROVISIONING";
            AVAILABLE: "AVAILABLE";
            DESTROYING: "DESTROYING";
        }>;
        statusMessage: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        createdDate: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        lastModifiedDate: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        administrative: z.ZodOptional<z.ZodNullable<z.ZodBoolean>>;
        supportedRegions: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodString>>>;
    }, z.core.$loose>;
    properties: z.ZodObject<{
        description: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        accessKey: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        secretKey: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        canonicalUserId: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        contractUserId: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    }, z.core.$loose>;
}, z.core.$loose>;
export type AccessKey = z.infer<typeof AccessKeySchema>;
export declare const AccessKeyListSchema: z.ZodObject<{
    items: z.ZodDefault<z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        type: z.ZodOptional<z.ZodString>;
        href: z.ZodOptional<z.ZodString>;
        metadata: z.ZodObject<{
            status: z.ZodEnum<{
                FAILED: "FAILED";
                PROVISIONING: "PROVISIONING";
                AVAILABLE: "AVAILABLE";
                DESTROYING: "DESTROYING";
            }>;
            statusMessage: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            createdDate: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            lastModifiedDate: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            administrative: z.ZodOptional<z.ZodNullable<z.ZodBoolean>>;
            supportedRegions: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodString>>>;
        }, z.core.$loose>;
        properties: z.ZodObject<{
            description: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            accessKey: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            secretKey: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            canonicalUserId: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            contractUserId: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        }, z.core.$loose>;
    }, z.core.$loose>>>;
    offset: z.ZodOptional<z.ZodNumber>;
    limit: z.ZodOptional<z.ZodNumber>;
    _links: z.ZodOptional<z.ZodObject<{
        next: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    }, z.core.$loose>>;
}, z.core.$loose>;
