export declare const costSection: import("./bench-common").BenchSection;
