import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import * as nb from "../../src/index.js";
import { readFixture } from "../helpers.js";
import { numpyNameOf, renderNumpyApi, snakeCase } from "./numpy-api.js";

const page = fileURLToPath(new URL("../../docs/numpy-api.md", import.meta.url));
const { names } = readFixture<{ names: string[] }>("numpy-names.json");
const rendered = renderNumpyApi(nb as unknown as Record<string, unknown>, names);

test("the naming rule: snake_case, then lower case, then the alias table", () => {
  const numpy = new Set(["expand_dims", "fromfunction", "atleast_1d", "concat"]);
  expect(snakeCase("expandDims")).toBe("expand_dims");
  expect(numpyNameOf("expandDims", numpy)).toBe("expand_dims");
  expect(numpyNameOf("fromFunction", numpy)).toBe("fromfunction");
  expect(numpyNameOf("atleast1d", numpy)).toBe("atleast_1d");
  expect(numpyNameOf("hadamard", numpy)).toBeUndefined();
});

test("docs/numpy-api.md lists what the exports have (run `npm run docs:numpy-api` when this fails)", () => {
  if (process.env.UPDATE_NUMPY_API === "1") writeFileSync(page, rendered);
  const current = readFileSync(page, "utf8");
  expect(current === rendered, "docs/numpy-api.md is stale: run `npm run docs:numpy-api` to regenerate it from the exports").toBe(true);
});

test("every export that names a numpy function is listed as available", () => {
  const numpy = new Set(names);
  for (const name of ["concat", "expandDims", "einsum", "arange", "meshgrid", "astype"]) {
    expect(numpyNameOf(name, numpy), name).toBeDefined();
    expect(rendered).toContain(`| \`${numpyNameOf(name, numpy)}\` |`);
  }
});
