/**
 * Every secret key value an answer of this process carried, whatever its field or format, so that it
 * is blanked from every later message and log line by value, not only where a field name shows it.
 * Shared by the clients of one process.
 */
export declare class SecretValues {
    private readonly values;
    /** Takes note of the secret values in an answer's body. */
    learn(text: string): void;
    /** The values seen so far. */
    all(): string[];
}
