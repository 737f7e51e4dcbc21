/**
 * A real forward proxy on loopback, as corporate networks have: CONNECT tunnels for https, and
 * absolute-form requests (`GET http://host/path`) for http. It resolves the names in `hosts` itself
 * (as a proxy with its own DNS does), so a test can use a name this machine cannot resolve. It logs
 * every request it sees.
 */
export declare function startForwardProxy(hosts?: Record<string, string>): Promise<{
    readonly url: string;
    readonly seen: string[];
    close(): Promise<void>;
}>;
