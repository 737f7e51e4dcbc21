export declare const peersSection: import("./bench-common").BenchSection;
