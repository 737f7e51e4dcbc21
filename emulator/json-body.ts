import { errors, type Reply } from "./ionos-errors";

/** How deep a JSON body may nest: IONOS's bodies are three levels deep; far deeper is an attack. */
export const MAX_BODY_DEPTH = 32;
/** The most of a client's input an answer ever shows. */
export const MAX_ECHO = 200;

/** A value as an error message may show it: JSON, at most 200 characters, never throwing. */
export function shown(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? "nothing";
  } catch {
    text = "an unprintable value";
  }
  return text.length > MAX_ECHO ? `${text.slice(0, MAX_ECHO)}… (${text.length} characters)` : text;
}

/** How deep `value` nests, counted with its own stack (no recursion), stopping past `limit`. */
function depthOver(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (depth > limit) return true;
    if (item !== null && typeof item === "object")
      for (const child of Object.values(item))
        if (child !== null && typeof child === "object") stack.push([child, depth + 1]);
  }
  return false;
}

/** A request body as JSON, or the 400 to answer: not JSON, or nested too deeply. Short messages only. */
export function parseJsonBody(body: string): { readonly json: unknown } | { readonly reply: Reply } {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return { reply: errors.malformedJson((error instanceof Error ? error.message : "unreadable").slice(0, MAX_ECHO)) };
  }
  if (depthOver(json, MAX_BODY_DEPTH))
    return { reply: errors.malformedJson(`the body nests deeper than ${MAX_BODY_DEPTH} levels`) };
  return { json };
}
