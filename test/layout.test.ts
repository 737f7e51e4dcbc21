import { expect } from "chai";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import * as ts from "typescript";
import { PROJECT_DIR } from "./helpers/project";

// The rooms of provider/ and the one way down through them (README, "Layout"). Type imports count.
const PROVIDER = join(PROJECT_DIR, "provider");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

/** Each source file of provider/ (relative, without `.ts`) and the files of provider/ it imports. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sources(PROVIDER)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    const targets = importedFiles
      .map((ref) => ref.fileName)
      .filter((spec) => spec.startsWith("."))
      .map((spec) => {
        const base = resolve(dirname(file), spec);
        const target = [`${base}.ts`, join(base, "index.ts")].find((candidate) => {
          try {
            return statSync(candidate).isFile();
          } catch {
            return false;
          }
        });
        return relative(PROVIDER, target ?? base).replace(/\.ts$/, "");
      })
      // Outside the sources (the package's own package.json, read for its version) is no room.
      .filter((target) => !target.startsWith(".."));
    graph.set(relative(PROVIDER, file).replace(/\.ts$/, ""), targets);
  }
  return graph;
}

/** The first import circle found, as the chain of files that closes it, or undefined. */
function findCircle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === "done") return undefined;
    if (state.get(node) === "open") return [...path.slice(path.indexOf(node)), node];
    state.set(node, "open");
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const circle = visit(next);
      if (circle) return circle;
    }
    path.pop();
    state.set(node, "done");
    return undefined;
  };
  for (const node of graph.keys()) {
    const circle = visit(node);
    if (circle) return circle;
  }
  return undefined;
}

const room = (file: string) => (file.includes("/") ? file.slice(0, file.indexOf("/")) : "top");

/** Which rooms each room may import: down only. */
const ALLOWED: Record<string, string[]> = {
  api: ["api"],
  common: ["common", "api"],
  "s3-key": ["s3-key", "common", "api"],
  "access-key": ["access-key", "common", "api"],
  // The recover command, an entry point of its own (a bin), finds both kinds' keys.
  recover: ["recover", "common", "api"],
  // The resource plugin, an entry point of its own: a thin adapter over both resources' providers, and recover's command.
  plugin: ["plugin", "s3-key", "access-key", "recover", "common", "api"],
  top: ["s3-key", "access-key", "common", "api"],
};

describe("the layout of provider/", () => {
  const graph = importGraph();

  it("has no import circle, type imports included", () => {
    expect(findCircle(graph), "an import circle").to.equal(undefined);
  });

  it("finds a circle when there is one (the check itself)", () => {
    const circular = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
    ]);
    expect(findCircle(circular)).to.deep.equal(["a", "b", "c", "a"]);
  });

  it("imports only downwards: api knows nothing above it, a resource's room never imports the other's", () => {
    const upward = [...graph].flatMap(([file, targets]) =>
      targets.filter((target) => !ALLOWED[room(file)]!.includes(room(target))).map((target) => `${file} -> ${target}`),
    );
    expect(upward).to.deep.equal([]);
  });

  it("keeps only the package's entry points at the top", () => {
    const top = [...graph.keys()].filter((file) => room(file) === "top").sort();
    expect(top).to.deep.equal(["index", "providers"]);
  });

  it("gives both resources' rooms the same set of files, named for their job", () => {
    const jobs = (kind: string) =>
      [...graph.keys()]
        .filter((file) => room(file) === kind)
        .map((file) =>
          file
            .slice(kind.length + 1)
            .replace(`${kind}-`, "<kind>-")
            .replace(kind, "<kind>"),
        );
    const shared = [
      "index",
      "<kind>",
      "<kind>-provider",
      "<kind>-operations",
      "<kind>-descriptor",
      "<kind>-diff",
    ].concat(["<kind>-outputs", "<kind>-lookups", "<kind>-types"]);
    expect(jobs("s3-key")).to.include.members(shared);
    expect(jobs("access-key")).to.include.members(shared);
  });
});

describe("the package's public declarations", () => {
  // A program with `skipLibCheck: false` and without `esModuleInterop` (the `pulumi new typescript`
  // tsconfig) cannot type-check zod's declarations: what the entry points declare must not reach them.
  const DIST = join(PROJECT_DIR, "dist");
  function reachable(entry: string): Map<string, string[]> {
    const seen = new Map<string, string[]>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      const specs = ts.preProcessFile(readFileSync(file, "utf8"), true, true).importedFiles.map((r) => r.fileName);
      seen.set(file, specs);
      for (const spec of specs.filter((s) => s.startsWith("."))) {
        const base = resolve(dirname(file), spec);
        const next = [`${base}.d.ts`, join(base, "index.d.ts")].find((candidate) => {
          try {
            return statSync(candidate).isFile();
          } catch {
            return false;
          }
        });
        if (next !== undefined) visit(next);
      }
    };
    visit(entry);
    return seen;
  }

  // (`pulumi-ionos-s3key/provider` is what the plugin host loads, not what programs import.)
  for (const entry of ["provider/index.d.ts", "emulator/index.d.ts"]) {
    it(`${entry} reaches no declaration that imports zod`, () => {
      const importing = [...reachable(join(DIST, entry))]
        .filter(([, specs]) => specs.some((s) => s === "zod" || s.startsWith("zod/")))
        .map(([file]) => relative(DIST, file));
      expect(importing).to.deep.equal([]);
    });
  }
});

describe("the emulator's rules are its own", () => {
  it("no file of emulator/ imports from provider/ (a mistake in the provider's rules would be mirrored, not caught)", () => {
    const emulator = join(PROJECT_DIR, "emulator");
    const reaching = sources(emulator).flatMap((file) =>
      ts
        .preProcessFile(readFileSync(file, "utf8"), true, true)
        .importedFiles.map((ref) => ref.fileName)
        .filter((spec) => spec.startsWith(".") && resolve(dirname(file), spec).startsWith(PROVIDER))
        .map((spec) => `${relative(PROJECT_DIR, file)} → ${spec}`),
    );
    expect(reaching).to.deep.equal([]);
  });
});
