import { runCalls } from "../calls.js";

runCalls("sorting.json");
