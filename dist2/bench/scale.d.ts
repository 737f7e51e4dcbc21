export declare const scaleSection: import("./bench-common").BenchSection;
