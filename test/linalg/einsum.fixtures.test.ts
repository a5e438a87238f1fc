import { describe } from "vitest";
import { runCalls, type CallCase } from "../calls.js";
import { readFixture } from "../helpers.js";

// Random subscripts and shapes (scripts/gen_einsum.py): a property test against numpy's einsum.
const { cases } = readFixture<{ cases: CallCase[] }>("einsum.json");

for (const fn of [...new Set(cases.map((c) => c.fn))]) {
  describe(`${fn} agrees with numpy`, () => {
    runCalls(cases.filter((c) => c.fn === fn));
  });
}
