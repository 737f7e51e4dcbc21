/** Packs this package (`npm pack`, without running scripts) into `destination`; returns the tarball's path. */
export declare function packTarball(destination: string): string;
/**
 * A fresh Pulumi program with this package installed from its packed tarball, as users get it:
 * only what `files` ships, resolved through `exports`. Its dependencies are linked from this
 * checkout's node_modules (the same versions the registry would give).
 */
export declare function installPackedPackage(): {
    work: string;
    app: string;
    tarball: string;
};
