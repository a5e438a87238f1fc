import { runCalls } from "../calls.js";

// Random subscripts and shapes (scripts/gen_einsum.py): a property test against numpy's einsum.
runCalls("einsum.json");
