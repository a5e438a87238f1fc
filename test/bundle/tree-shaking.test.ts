// Tree-shaking of the sources as a consumer's bundler sees them (package.json "sideEffects": the
// modules are free of side effects, so an import keeps only what it reaches). Sizes, never times;
// the bounds are generous: the whole core bundles to about 200 KB. test:package checks the same on
// the packed package, and there that the root entry keeps the method forms (its one side effect,
// declared for dist/ only); scripts/bundle-size.mjs prints the table of docs/performance.md.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const src = fileURLToPath(new URL("../../src/", import.meta.url));

async function bundled(entry: string, name: string): Promise<number> {
  const contents =
    name === "*"
      ? `import * as m from "./${entry}";\nconsole.log(m);\n`
      : `import { ${name} } from "./${entry}";\nconsole.log(${name});\n`;
  const result = await build({
    stdin: { contents, resolveDir: src, sourcefile: "e.mjs", loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  return (result.outputFiles[0] as { contents: Uint8Array }).contents.length;
}

describe("a single-function import of ndarray-broadcast/functions costs what it uses", () => {
  test.each([
    ["formatShape", 8_000],
    ["broadcastShapes", 10_000],
    ["promoteTypes", 8_000],
  ])("%s: under %i bytes", async (name, bound) => {
    expect(await bundled("functions.ts", name)).toBeLessThan(bound);
  });

  test("array, add and matmul: well under the whole core", async () => {
    const everything = await bundled("functions.ts", "*");
    expect(everything).toBeGreaterThan(100_000);
    for (const name of ["array", "add", "matmul"])
      expect(await bundled("functions.ts", name)).toBeLessThan(everything / 2);
  });
});
