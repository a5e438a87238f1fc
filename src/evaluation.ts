/**
 * Whether this realm lets the library compile code from strings. The fast loops (loops.ts, cwise)
 * and scijs's view classes are made with `new Function`, which a page whose
 * Content-Security-Policy lacks `'unsafe-eval'` forbids (so does Node's
 * `--disallow-code-generation-from-strings`); there the library uses its interpreted loops
 * (interpret.ts) and its own view class (scijs.ts) instead, with identical results. Asked once,
 * when the library loads, never per call.
 *
 * @module
 */

function probe(): boolean {
  try {
    // a policy that forbids evaluation makes the constructor throw (an EvalError in browsers and Node)
    return (new Function("return 2") as () => number)() === 2;
  } catch {
    return false;
  }
}

/** True where `new Function` works; false under a strict Content-Security-Policy. */
export const canCompile: boolean = probe();

/**
 * Whether the library runs its compiled loops (`true`) or, in a realm that forbids compiling code
 * from strings — a page whose Content-Security-Policy lacks `'unsafe-eval'`, or Node with
 * `--disallow-code-generation-from-strings` — its interpreted ones (`false`). Decided once, when
 * the library loads. Results are identical either way; the interpreted loops are slower
 * (docs/performance.md, "The evaluation-free path").
 *
 * @example
 * import { usesCompiledLoops } from "ndarray-broadcast";
 * console.log(typeof usesCompiledLoops);
 * // => boolean
 */
export const usesCompiledLoops: boolean = canCompile;
