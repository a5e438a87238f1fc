/**
 * What `console.log` prints for the values the docs' examples log, the same in a page and in Node
 * (a small subset of Node's `util.format`: strings as they are, numbers, arrays, plain records,
 * and objects with Node's custom-inspect method, as NDArray has).
 */
const INSPECT = Symbol.for("nodejs.util.inspect.custom");

function inspect(x: unknown, nested: boolean): string {
  if (typeof x === "string") return nested ? `'${x}'` : x;
  if (typeof x === "number") return Object.is(x, -0) ? "-0" : String(x);
  if (typeof x === "bigint") return `${x}n`;
  if (typeof x !== "object" || x === null) return String(x);
  const custom = (x as { [INSPECT]?: () => string })[INSPECT];
  if (typeof custom === "function") return custom.call(x);
  if (Array.isArray(x)) return x.length === 0 ? "[]" : `[ ${x.map((v) => inspect(v, true)).join(", ")} ]`;
  if (x instanceof Error) return `${x.name}: ${x.message}`;
  const entries = Object.entries(x);
  return entries.length === 0 ? "{}" : `{ ${entries.map(([k, v]) => `${k}: ${inspect(v, true)}`).join(", ")} }`;
}

/** One `console.log` line. */
export function format(...args: unknown[]): string {
  return args.map((a) => inspect(a, false)).join(" ");
}
