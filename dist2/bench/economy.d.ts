export declare const economySection: import("./bench-common").BenchSection;
export declare const accessKeysSection: import("./bench-common").BenchSection;
