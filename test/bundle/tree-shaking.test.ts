// Tree-shaking of the sources as a consumer's bundler sees them (package.json "sideEffects": the
// modules are free of side effects, so an import keeps only what it reaches). Sizes, never times;
// the bounds are generous: the whole core bundles to about 200 KB. test:package checks the same on
// the packed package, and there that the root entry keeps the method forms (its one side effect,
// declared for dist/ only); scripts/bundle-size.mjs prints the table of docs/performance.md.
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { bundleSize } from "../../scripts/bundle-size.mjs";

const src = fileURLToPath(new URL("../../src/", import.meta.url));
const bundled = async (entry: string, name: string): Promise<number> => (await bundleSize(`./${entry}`, name, src)).bytes;

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
