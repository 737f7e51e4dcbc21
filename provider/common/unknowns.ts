import { UNKNOWN } from "./wire";

/** Whether a value is the one Pulumi sends for an input not known yet during a preview. */
export function isUnknown(value: unknown): boolean {
  return value === UNKNOWN;
}

/** Whether a value, or anything inside it, is not known yet. */
export function containsUnknown(value: unknown): boolean {
  return (
    isUnknown(value) || (value !== null && typeof value === "object" && Object.values(value).some(containsUnknown))
  );
}

/** Whether an input differs from what the state holds; a value not known yet counts as different. */
export function changed(old: unknown, value: unknown): boolean {
  return JSON.stringify(old ?? null) !== JSON.stringify(value ?? null) || containsUnknown(value);
}
