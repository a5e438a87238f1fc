import { defineConfig } from "tsup";

const entry = { index: "src/index.ts", "jacobian/index": "src/jacobian/index.ts" };

export default defineConfig([
  {
    entry,
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    // dist/browser/ is the second build's (cleaned by it)
    clean: ["!browser/**"],
    target: "es2022",
    splitting: true,
    treeshake: true,
  },
  {
    // dist/browser/: ES modules a page imports without a bundler (through an import map), the
    // CommonJS-only scijs dependencies bundled in
    entry,
    outDir: "dist/browser",
    format: ["esm"],
    platform: "browser",
    noExternal: [/.*/],
    sourcemap: true,
    clean: true,
    target: "es2022",
    splitting: true,
    treeshake: true,
  },
]);
