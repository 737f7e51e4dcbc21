// A secret field's value up to its closing quote, or to the end of the text when the body was cut
// off inside the value (an excerpt, a truncated answer): redaction must not depend on the quote.
const SECRET_FIELD = /("(?:secretKey|password|token)"\s*:\s*)"(?:[^"\\]|\\.)*(?:"|\\?$)/gi;

/**
 * Secrets shorter than this are not searched for in text: a password such as "error" cannot be told
 * from the word, and blanking every "error" would garble IONOS's message without hiding anything
 * (IONOS does not echo credentials; secret fields are blanked by name above whatever their length).
 */
export const MIN_REDACTED_LENGTH = 8;

/** Removes secret fields from a response body excerpt and every given secret value from a text. */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text.replace(SECRET_FIELD, '$1"[secret]"');
  for (const secret of secrets) if (secret.length >= MIN_REDACTED_LENGTH) out = out.split(secret).join("[secret]");
  return out;
}

/** A URL as it may be shown in a message: any `user:password@` replaced, whether or not it parses. */
export function displayUrl(raw: string): string {
  return raw.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, "$1***@");
}

/** A value as a message may show it: at most `max` characters of it, and how long it was when cut. */
export function shown(value: unknown, max = 60): string {
  const text = String(value);
  return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
}
