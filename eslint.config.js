import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "docs/api/", "coverage/", "bench/results/", "bench/.build/", "test/package/consumer/", "test/browser/.generated/", "test/docs/.generated/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      eqeqeq: ["error", "always"],
    },
  },
  {
    // The floors of DESIGN.md: the core never imports the Jacobian module.
    files: ["src/**/*.ts"],
    ignores: ["src/jacobian/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/jacobian/**", "./jacobian/*"], message: "The core never imports the Jacobian module." }] },
      ],
    },
  },
  {
    files: ["**/*.mjs", "**/*.cjs", "**/*.js"],
    languageOptions: {
      globals: {
        console: "readonly",
        process: "readonly",
        require: "readonly",
        module: "writable",
        performance: "readonly",
        URL: "readonly",
      },
    },
  },
  {
    files: ["**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
