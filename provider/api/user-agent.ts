// Read once when the module loads; a plain string, so the serialized provider captures only the value.
export const PACKAGE_VERSION: string = require("../../../package.json").version;
export const USER_AGENT = `pulumi-ionos-s3key/${PACKAGE_VERSION}`;
