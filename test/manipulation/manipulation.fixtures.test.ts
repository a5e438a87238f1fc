import { runCalls } from "../calls.js";

runCalls("manipulation.json");
