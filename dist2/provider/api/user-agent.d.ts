export declare const PACKAGE_VERSION: string;
export declare const USER_AGENT: string;
