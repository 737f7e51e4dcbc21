import { expect } from "chai";
import { execFileSync } from "node:child_process";
import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_DIR } from "../helpers/driver";
import { installPackedPackage } from "../../tools/installed-package";

// Pulumi's TypeScript template as older projects have it (commonjs, node resolution, no
// esModuleInterop), with library checks on, as a careful user runs it; TypeScript 5, which that
// template pins. And a current node16 setup with this project's TypeScript.
const OLDER_TEMPLATE = {
  compilerOptions: {
    strict: true,
    outDir: "bin",
    target: "es2016",
    module: "commonjs",
    moduleResolution: "node",
    sourceMap: true,
    experimentalDecorators: true,
    pretty: false,
    noFallthroughCasesInSwitch: true,
    noImplicitReturns: true,
    forceConsistentCasingInFileNames: true,
    skipLibCheck: false,
    noEmit: true,
  },
  files: ["index.ts"],
};
const CURRENT = {
  compilerOptions: {
    strict: true,
    target: "es2022",
    module: "node16",
    moduleResolution: "node16",
    types: ["node"],
    skipLibCheck: false,
    noEmit: true,
    pretty: false,
  },
  files: ["index.ts"],
};

function compile(app: string, tsc: "typescript" | "typescript5", tsconfig: object): { code: number; output: string } {
  writeFileSync(join(app, "tsconfig.json"), JSON.stringify(tsconfig));
  try {
    const output = execFileSync(
      process.execPath,
      [join(PROJECT_DIR, "node_modules", tsc, "bin", "tsc"), "-p", app, "--listFiles"],
      {
        encoding: "utf8",
      },
    );
    return { code: 0, output };
  } catch (e) {
    const failed = e as { status: number; stdout: string };
    return { code: failed.status, output: failed.stdout };
  }
}

describe("the package's types, as a user's program meets them (npm pack, installed into a fresh program)", function () {
  this.timeout(180_000);
  let app: string;
  let tarball: string;
  before(() => {
    ({ app, tarball } = installPackedPackage());
    copyFileSync(join(PROJECT_DIR, "test", "fixtures", "package-conventions.ts"), join(app, "index.ts"));
  });

  for (const [name, tsc, tsconfig] of [
    ["Pulumi's older template (no esModuleInterop), TypeScript 5", "typescript5", OLDER_TEMPLATE],
    ["node16 resolution, this project's TypeScript", "typescript", CURRENT],
  ] as const) {
    it(`${name}: every entry point and convention compiles strict with skipLibCheck off, reaching no zod type`, () => {
      const { code, output } = compile(app, tsc, tsconfig);
      expect(
        output.split("\n").filter((line) => /error TS/.test(line)),
        "compile errors",
      ).to.deep.equal([]);
      expect(code).to.equal(0);
      const files = output.split("\n");
      expect(
        files.filter((f) => f.includes("pulumi-ionos-s3key/dist/")).length,
        "the package's .d.ts were read",
      ).to.be.above(3);
      expect(
        files.filter((f) => /node_modules\/zod\//.test(f)),
        "zod declarations a program reads",
      ).to.deep.equal([]);
    });
  }

  it("the conventions the program relies on are checked: a test hook in a lookup's options fails to compile", () => {
    writeFileSync(
      join(app, "index.ts"),
      `import { getS3Keys, S3Key, type S3KeyState } from "pulumi-ionos-s3key";
export const hooked = getS3Keys({ userId: "u" }, { env: {} });
export const state: S3KeyState = { colour: "red" };
export const narrowed = (r: unknown) => (S3Key.isInstance(r) ? r.secretKey : r.nothing);
`,
    );
    const { code, output } = compile(app, "typescript", CURRENT);
    expect(code).to.not.equal(0);
    const errors = output.split("\n").filter((line) => /error TS/.test(line));
    expect(errors.map((e) => e.replace(/^.*error (TS\d+).*$/, "$1"))).to.deep.equal(["TS2353", "TS2353", "TS18046"]);
    expect(errors[0]).to.contain("'env' does not exist in type 'InvokeOptions'");
    copyFileSync(join(PROJECT_DIR, "test", "fixtures", "package-conventions.ts"), join(app, "index.ts"));
  });

  it("the packed tarball is clean for publint (strict) and @arethetypeswrong/cli, every entry point under every resolution", () => {
    const bin = (name: string) => join(PROJECT_DIR, "node_modules", ".bin", name);
    const publint = execFileSync(bin("publint"), ["--strict", tarball], { encoding: "utf8" });
    expect(publint).to.contain("All good!");
    // attw exits non-zero on any problem; its table names each entry point and resolution.
    const attw = execFileSync(bin("attw"), ["--format", "ascii", tarball], { encoding: "utf8" });
    for (const entry of ['"pulumi-ionos-s3key"', '"pulumi-ionos-s3key/provider"', '"pulumi-ionos-s3key/emulator"'])
      expect(attw).to.contain(entry);
    expect(attw).to.not.match(/❌|🔴|⚠️/u);
  });

  it("TypeDoc documents every export and every member (notDocumented validation, warnings as errors)", () => {
    // typedoc.json: validation.notDocumented and treatWarningsAsErrors; a missing comment fails the run.
    const run = execFileSync(
      process.execPath,
      [join(PROJECT_DIR, "node_modules", "typedoc", "bin", "typedoc"), "--emit", "none"],
      {
        cwd: PROJECT_DIR,
        encoding: "utf8",
      },
    );
    expect(run).to.not.contain("[warning]");
  });
});
