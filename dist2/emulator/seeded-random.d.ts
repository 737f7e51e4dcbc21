/** mulberry32: a small seeded generator, so fault runs repeat. Returns numbers in [0, 1). */
export declare function seededRandom(seed: number): () => number;
