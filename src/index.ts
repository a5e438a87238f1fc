/**
 * ndarray-broadcast: numpy-style arrays and broadcasting on scijs `ndarray`.
 *
 * @module
 */
// The method forms (`a.add(b)`, …): attached by an explicit call (the package declares its modules
// free of side effects, so a bare import would be dropped from the bundle); their declarations, a
// module augmentation of NDArray, reach this entry's .d.ts (and only this entry's) through the
// type-only re-export.
import { attachMethods } from "./methods.js";
export type {} from "./methods.js";

attachMethods();

// The functions live in functions.ts (the side-effect-free `ndarray-broadcast/functions` entry);
// add new exports there.
export * from "./functions.js";
