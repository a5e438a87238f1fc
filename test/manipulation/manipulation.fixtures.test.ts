import { describe } from "vitest";
import { runCalls, type CallCase } from "../calls.js";
import { readFixture } from "../helpers.js";

const { cases } = readFixture<{ cases: CallCase[] }>("manipulation.json");

for (const fn of [...new Set(cases.map((c) => c.fn))]) {
  describe(`${fn} agrees with numpy`, () => {
    runCalls(cases.filter((c) => c.fn === fn));
  });
}
