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
