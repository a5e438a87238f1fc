import { defineConfig } from "vitest/config";

/**
 * Every test file runs twice: once as Node runs it (the compiled loops), and once with code
 * generation from strings forbidden, as a page whose Content-Security-Policy lacks
 * `'unsafe-eval'` forbids it (`new Function` and `eval` throw; the library then interprets its
 * loops: src/evaluation.ts). `npx vitest run --project compiled` runs one pass.
 */
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    projects: [
      { extends: true, test: { name: "compiled" } },
      {
        extends: true,
        test: {
          name: "interpreted",
          execArgv: ["--disallow-code-generation-from-strings"],
          env: { NDARRAY_BROADCAST_EXPECT: "interpreted" },
        },
      },
    ],
  },
});
