/** The project's root: the tests run from dist/test. */
export declare const PROJECT_DIR: string;
