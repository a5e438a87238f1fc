import { runCalls } from "../sorting/calls.js";

runCalls("statistics.json");
