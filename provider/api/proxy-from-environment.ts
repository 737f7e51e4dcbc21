import { BlockList, isIP } from "node:net";

/** The proxy a request goes through, and the setting that named it (for messages). */
export interface ProxyChoice {
  readonly url: URL;
  readonly setting: string;
}

/** The proxy settings, as the environment gives them. */
export type ProxyEnvironment = Readonly<Record<string, string | undefined>>;

/** `HTTPS_PROXY` then `https_proxy` (upper case first, as Go reads them); the name found, and its value. */
function first(env: ProxyEnvironment, name: string): [string, string] | undefined {
  for (const key of [name.toUpperCase(), name.toLowerCase()]) {
    const value = env[key]?.trim();
    if (value) return [key, value];
  }
  return undefined;
}

/** The proxy URL of a setting's value; a value without a scheme is an http:// proxy, as Go reads it. */
export function proxyUrl(value: string): URL | undefined {
  try {
    const url = new URL(value.includes("://") ? value : `http://${value}`);
    return url.protocol === "http:" || url.protocol === "https:" ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Literal loopback addresses and `localhost` itself: never proxied. */
export function isLoopback(hostname: string): boolean {
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
export function proxyFor(target: URL, env: ProxyEnvironment): ProxyChoice | undefined {
  if (isLoopback(target.hostname)) return undefined;
  const chosen = first(env, target.protocol === "https:" ? "https_proxy" : "http_proxy");
  if (chosen === undefined) return undefined;
  if (excluded(target, first(env, "no_proxy")?.[1] ?? "")) return undefined;
  const url = proxyUrl(chosen[1]);
  return url === undefined ? undefined : { url, setting: chosen[0] };
}

function excluded(target: URL, noProxy: string): boolean {
  const host = target.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const port = target.port || (target.protocol === "https:" ? "443" : "80");
  return noProxy
    .split(",")
    .map((entry) => entry.trim().toLowerCase())
    .filter((entry) => entry !== "")
    .some((entry) => matches(host, port, entry));
}

/** Whether one `NO_PROXY` entry names `host` (and `port`, when the entry has one). */
function matches(host: string, port: string, entry: string): boolean {
  if (entry === "*") return true;
  if (entry.includes("/")) return inCidr(host, entry);
  if (isIP(entry) !== 0) return entry === host; // an address, IPv6 without brackets included
  const withPort = /^\[?([^\]]*?)\]?(?::(\d+))?$/.exec(entry);
  if (withPort === null) return false;
  const [, name, entryPort] = withPort;
  if (entryPort !== undefined && entryPort !== port) return false;
  if (isIP(name) !== 0) return name === host;
  const domain = name.startsWith("*.") ? name.slice(1) : name;
  return domain.startsWith(".") ? host.endsWith(domain) : host === domain || host.endsWith(`.${domain}`);
}

function inCidr(host: string, cidr: string): boolean {
  const [network, bits] = cidr.split("/");
  const family = isIP(network);
  if (family === 0 || isIP(host) !== family) return false;
  const list = new BlockList();
  try {
    list.addSubnet(network, Number(bits), family === 4 ? "ipv4" : "ipv6");
  } catch {
    return false;
  }
  return list.check(host, family === 4 ? "ipv4" : "ipv6");
}
