/** Routing: which endpoint a path names, and the methods it takes. Pure. */

export const BASE = "/cloudapi/v6";

export type Route =
  | { kind: "keys"; userId: string }
  | { kind: "key"; userId: string; keyId: string }
  | { kind: "sso"; userId: string }
  | { kind: "requests" }
  | { kind: "request"; requestId: string }
  | { kind: "request-status"; requestId: string }
  // The Object Storage Management API, at the root of its own server.
  | { kind: "accesskeys" }
  | { kind: "accesskey"; id: string }
  | { kind: "accesskey-renew"; id: string };

export const ALLOWED: Record<Route["kind"], readonly string[]> = {
  keys: ["GET", "POST"],
  key: ["GET", "PUT", "DELETE"],
  sso: ["GET"],
  requests: ["GET"],
  request: ["GET"],
  "request-status": ["GET"],
  accesskeys: ["GET", "POST"],
  accesskey: ["GET", "PUT", "DELETE"],
  "accesskey-renew": ["PUT"],
};

/** The route, undefined for a path the API does not serve, or "bad" for broken percent-encoding. */
export function parseRoute(pathname: string): Route | undefined | "bad" {
  if (pathname === "/accesskeys" || pathname.startsWith("/accesskeys/")) return accessKeyRoute(pathname);
  if (!pathname.startsWith(`${BASE}/`)) return undefined;
  let parts: string[];
  try {
    parts = pathname
      .slice(BASE.length + 1)
      .split("/")
      .map(decodeURIComponent);
  } catch {
    return "bad";
  }
  if (parts.some((p) => p === "")) return undefined;
  if (parts[0] === "requests") {
    if (parts.length === 1) return { kind: "requests" };
    if (parts.length === 2) return { kind: "request", requestId: parts[1] };
    if (parts.length === 3 && parts[2] === "status") return { kind: "request-status", requestId: parts[1] };
    return undefined;
  }
  if (parts[0] !== "um" || parts[1] !== "users" || parts.length < 4) return undefined;
  const userId = parts[2];
  if (parts.length === 4 && parts[3] === "s3keys") return { kind: "keys", userId };
  if (parts.length === 4 && parts[3] === "s3ssourl") return { kind: "sso", userId };
  if (parts.length === 5 && parts[3] === "s3keys") return { kind: "key", userId, keyId: parts[4] };
  return undefined;
}

function accessKeyRoute(pathname: string): Route | undefined | "bad" {
  let parts: string[];
  try {
    parts = pathname.slice(1).split("/").map(decodeURIComponent);
  } catch {
    return "bad";
  }
  if (parts.length === 1) return { kind: "accesskeys" };
  if (parts[1] === "") return undefined;
  if (parts.length === 2) return { kind: "accesskey", id: parts[1] };
  if (parts.length === 3 && parts[2] === "renew") return { kind: "accesskey-renew", id: parts[1] };
  return undefined;
}
