import { runCalls } from "../calls.js";

runCalls("statistics.json");
