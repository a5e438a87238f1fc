import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", "jacobian/index": "src/jacobian/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
  splitting: true,
  treeshake: true,
  // esbuild writes `var NDArray = class _NDArray`; keep the public names in messages and stack traces
  keepNames: true,
});
