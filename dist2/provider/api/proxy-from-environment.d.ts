/** The proxy a request goes through, and the setting that named it (for messages). */
export interface ProxyChoice {
    readonly url: URL;
    readonly setting: string;
}
/** The proxy settings, as the environment gives them. */
export type ProxyEnvironment = Readonly<Record<string, string | undefined>>;
/** The proxy URL of a setting's value; a value without a scheme is an http:// proxy, as Go reads it. */
export declare function proxyUrl(value: string): URL | undefined;
/** Literal loopback addresses and `localhost` itself: never proxied. */
export declare function isLoopback(hostname: string): boolean;
/**
 * The proxy for `target`, as Go's `http.ProxyFromEnvironment` chooses it (what Terraform, `ionosctl`
 * and the Pulumi CLI do): `HTTPS_PROXY` for https, `HTTP_PROXY` for http (upper case first); none
 * for loopback, nor for a host `NO_PROXY` names: `*`, a domain (`example.com` matches it and its
 * subdomains, `.example.com` only its subdomains), an IP address or CIDR range, each optionally
 * with a port. Pure.
 */
export declare function proxyFor(target: URL, env: ProxyEnvironment): ProxyChoice | undefined;
