import { defineConfig } from "tsup";

const entry = { index: "src/index.ts", functions: "src/functions.ts", "jacobian/index": "src/jacobian/index.ts" };

// Declarations: scripts/build-types.mjs (npm run build, prepack), one .d.ts and .d.cts per module.
export default defineConfig([
  {
    // ESM: one file per module of src/ (dist/index.js, dist/ops/binary.js, …), not bundled, so a
    // consumer's bundler keeps only the modules an import reaches (package.json "sideEffects": only
    // the root entry, which attaches the method forms, has any). docs/performance.md, "Bundle size".
    entry: ["src/**/*.ts", "!src/**/*.d.ts"],
    bundle: false,
    format: ["esm"],
    sourcemap: true,
    // dist/browser/ is the third build's, the .cjs files the second's (cleaned by them)
    clean: ["!browser/**", "!**/*.cjs", "!**/*.cjs.map"],
    target: "es2022",
  },
  {
    // CommonJS: the three entries bundled, sharing their chunks (one NDArray class among them)
    entry,
    format: ["cjs"],
    sourcemap: true,
    clean: ["!browser/**", "!**/*.js", "!**/*.js.map", "!**/*.ts"],
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
