import { runCalls } from "../calls.js";

runCalls("creation.json");
