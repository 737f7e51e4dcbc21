export declare const waitsSection: import("./bench-common").BenchSection;
