const SECRET_FIELD = /("(?:secretKey|password|token)"\s*:\s*)"[^"]*"/gi;

/** Removes secret fields from a response body excerpt and every given secret value from a text. */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text.replace(SECRET_FIELD, '$1"[secret]"');
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join("[secret]");
  }
  return out;
}
