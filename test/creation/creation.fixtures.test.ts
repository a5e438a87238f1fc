import { describe } from "vitest";
import { runCalls, type CallCase } from "../calls.js";
import { readFixture } from "../helpers.js";

const { cases } = readFixture<{ cases: CallCase[] }>("creation.json");

describe("creation functions agree with numpy", () => {
  runCalls(cases);
});
