/** The two fields of Pulumi.yaml the driver needs; the file is simple enough to read by line. */
export declare function readProject(projectDir: string): {
    name: string;
    main: string;
};
