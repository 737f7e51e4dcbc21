"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.proxyUrl = proxyUrl;
exports.isLoopback = isLoopback;
exports.proxyFor = proxyFor;
const node_net_1 = require("node:net");
/** `HTTPS_PROXY` then `https_proxy` (upper case first, as Go reads them); the name found, and its value. */
function first(env, name) {
    for (const key of [name.toUpperCase(), name.toLowerCase()]) {
        const value = env[key]?.trim();
        if (value)
            return [key, value];
    }
    return undefined;
}
/** The proxy URL of a setting's value; a value without a scheme is an http:// proxy, as Go reads it. */
function proxyUrl(value) {
    try {
        const url = new URL(value.includes("://") ? value : `http://${value}`);
        return url.protocol === "http:" || url.protocol === "https:" ? url : undefined;
    }
    catch {
        return undefined;
    }
}
/** Literal loopback addresses and `localhost` itself: never proxied. */
function isLoopback(hostname) {
    const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
    return host === "localhost" || host === "::1" || /^127(\.\d{1,3}){3}$/.test(host);
}
/**
 * The proxy for `target`, as Go's `http.ProxyFromEnvironment` chooses it (what Terraform, `ionosctl`
 * and the Pulumi CLI do): `HTTPS_PROXY` for https, `HTTP_PROXY` for http (upper case first); none
 * for loopback, nor for a host `NO_PROXY` names: `*`, a domain (`example.com` matches it and its
 * subdomains, `.example.com` only its subdomains), an IP address or CIDR range, each optionally
 * with a port. Pure.
 */
function proxyFor(target, env) {
    if (isLoopback(target.hostname))
        return undefined;
    const chosen = first(env, target.protocol === "https:" ? "https_proxy" : "http_proxy");
    if (chosen === undefined)
        return undefined;
    if (excluded(target, first(env, "no_proxy")?.[1] ?? ""))
        return undefined;
    const url = proxyUrl(chosen[1]);
    return url === undefined ? undefined : { url, setting: chosen[0] };
}
function excluded(target, noProxy) {
    const host = target.hostname.replace(/^\[|\]$/g, "").toLowerCase();
    const port = target.port || (target.protocol === "https:" ? "443" : "80");
    return noProxy
        .split(",")
        .map((entry) => entry.trim().toLowerCase())
        .filter((entry) => entry !== "")
        .some((entry) => matches(host, port, entry));
}
/** Whether one `NO_PROXY` entry names `host` (and `port`, when the entry has one). */
function matches(host, port, entry) {
    if (entry === "*")
        return true;
    if (entry.includes("/"))
        return inCidr(host, entry);
    if ((0, node_net_1.isIP)(entry) !== 0)
        return entry === host; // an address, IPv6 without brackets included
    const withPort = /^\[?([^\]]*?)\]?(?::(\d+))?$/.exec(entry);
    if (withPort === null)
        return false;
    const [, name, entryPort] = withPort;
    if (entryPort !== undefined && entryPort !== port)
        return false;
    if ((0, node_net_1.isIP)(name) !== 0)
        return name === host;
    const domain = name.startsWith("*.") ? name.slice(1) : name;
    return domain.startsWith(".") ? host.endsWith(domain) : host === domain || host.endsWith(`.${domain}`);
}
function inCidr(host, cidr) {
    const [network, bits] = cidr.split("/");
    const family = (0, node_net_1.isIP)(network);
    if (family === 0 || (0, node_net_1.isIP)(host) !== family)
        return false;
    const list = new node_net_1.BlockList();
    try {
        list.addSubnet(network, Number(bits), family === 4 ? "ipv4" : "ipv6");
    }
    catch {
        return false;
    }
    return list.check(host, family === 4 ? "ipv4" : "ipv6");
}
//# sourceMappingURL=proxy-from-environment.js.map