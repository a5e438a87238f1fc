/**
 * The library's loop expressions (`"a+b"`, `"(a>b||a!==a)?a:b"`, `"f(a,b)"`, `"Math.imul(a,b)"`)
 * turned into closures, for realms that forbid compiling code from strings (a page whose
 * Content-Security-Policy lacks `'unsafe-eval'`; see evaluation.ts). The compiled loops paste the
 * same text into `new Function`; here a small parser reads it once and builds a tree of closures
 * that apply JavaScript's own operators, so both paths compute the same values: the same
 * operators on the same float64 numbers, stored into the same typed arrays.
 *
 * The grammar is the subset of JavaScript expressions the loops use, which is also what the loop
 * compiler admits (the parser is its check too: loops.ts, scijs.ts): the operands `a`, `b`, `c`, the helper `f` (called,
 * or a value), members
 * of `Math` (constants and calls), `NaN`, `Infinity`, `true`, `false`, number literals, the
 * unary operators `- + ! ~`, every binary operator from `**` to `||` with JavaScript's precedence,
 * and `?:`. Anything else is refused with an error naming the expression.
 *
 * @module
 */

/** An expression as a function of the loop's operands and helper. */
export type Evaluator = (a: number, b: number, c: number, f: unknown) => number;
type Node = (a: number, b: number, c: number, f: unknown) => unknown;

/** The binary operators from the loosest to the tightest, one precedence level per entry (`**` apart). */
const LEVELS: readonly (readonly string[])[] = [
  ["||"],
  ["&&"],
  ["|"],
  ["^"],
  ["&"],
  ["===", "!==", "==", "!="],
  ["<=", ">=", "<", ">"],
  [">>>", "<<", ">>"],
  ["+", "-"],
  ["*", "/", "%"],
];

type Factory = (l: Node, r: Node) => Node;
/* eslint-disable eqeqeq -- each operator is JavaScript's own, loose equality included */
/** Each binary operator as a maker of the closure applying it to two nodes (the operator written inline). */
const BINARY: Readonly<Record<string, Factory>> = {
  "||": (l, r) => (a, b, c, f) => l(a, b, c, f) || r(a, b, c, f),
  "&&": (l, r) => (a, b, c, f) => l(a, b, c, f) && r(a, b, c, f),
  "|": (l, r) => (a, b, c, f) => (l(a, b, c, f) as number) | (r(a, b, c, f) as number),
  "^": (l, r) => (a, b, c, f) => (l(a, b, c, f) as number) ^ (r(a, b, c, f) as number),
  "&": (l, r) => (a, b, c, f) => (l(a, b, c, f) as number) & (r(a, b, c, f) as number),
  "===": (l, r) => (a, b, c, f) => l(a, b, c, f) === r(a, b, c, f),
  "!==": (l, r) => (a, b, c, f) => l(a, b, c, f) !== r(a, b, c, f),
  "==": (l, r) => (a, b, c, f) => l(a, b, c, f) == r(a, b, c, f),
  "!=": (l, r) => (a, b, c, f) => l(a, b, c, f) != r(a, b, c, f),
  "<=": (l, r) => (a, b, c, f) => (l(a, b, c, f) as number) <= (r(a, b, c, f) as number),
  ">=": (l, r) => (a, b, c, f) => (l(a, b, c, f) as number) >= (r(a, b, c, f) as number),
  "<": (l, r) => (a, b, c, f) => (l(a, b, c, f) as number) < (r(a, b, c, f) as number),
  ">": (l, r) => (a, b, c, f) => (l(a, b, c, f) as number) > (r(a, b, c, f) as number),
  ">>>": (l, r) => (a, b, c, f) => (l(a, b, c, f) as number) >>> (r(a, b, c, f) as number),
  "<<": (l, r) => (a, b, c, f) => (l(a, b, c, f) as number) << (r(a, b, c, f) as number),
  ">>": (l, r) => (a, b, c, f) => (l(a, b, c, f) as number) >> (r(a, b, c, f) as number),
  "+": (l, r) => (a, b, c, f) => (l(a, b, c, f) as number) + (r(a, b, c, f) as number),
  "-": (l, r) => (a, b, c, f) => (l(a, b, c, f) as number) - (r(a, b, c, f) as number),
  "*": (l, r) => (a, b, c, f) => (l(a, b, c, f) as number) * (r(a, b, c, f) as number),
  "/": (l, r) => (a, b, c, f) => (l(a, b, c, f) as number) / (r(a, b, c, f) as number),
  "%": (l, r) => (a, b, c, f) => (l(a, b, c, f) as number) % (r(a, b, c, f) as number),
  "**": (l, r) => (a, b, c, f) => (l(a, b, c, f) as number) ** (r(a, b, c, f) as number),
};
/* eslint-enable eqeqeq */

const UNARY: Readonly<Record<string, (x: unknown) => unknown>> = {
  "-": (x) => -(x as number),
  "+": (x) => +(x as number),
  "!": (x) => !x,
  "~": (x) => ~(x as number),
};

const NAMES: Readonly<Record<string, unknown>> = { NaN: NaN, Infinity: Infinity, true: true, false: false };

/** Tokens: numbers (decimal, exponent, hex), names (with `Math.` members), operators, brackets, `?`, `:` and `,`. */
const TOKEN = /\s*(0x[0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|Math\.[A-Za-z0-9]+|[A-Za-z_$][\w$]*|>>>|===|!==|\*\*|<<|>>|<=|>=|==|!=|&&|\|\||[-+*/%<>!~&|^?:(),])/y;

function tokenize(expr: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < expr.length) {
    if (/^\s*$/.test(expr.slice(at))) break;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(expr);
    if (m === null) throw new Error(`expression: cannot read ${JSON.stringify(expr)} at position ${at}`);
    tokens.push(m[1] as string);
    at = TOKEN.lastIndex;
  }
  return tokens;
}

/** A constant node whose value is known. */
const constant = (v: unknown): Node & { value: unknown } => Object.assign(() => v, { value: v });
const isConstant = (n: Node): n is Node & { value: unknown } => "value" in n;

/**
 * The closure computing `expr` for operands `(a, b, c)` and helper `f`. Throws for text outside
 * the grammar above. Constant subexpressions are folded (`-1`, `2**53`); each operator is one
 * closure applying it inline to its operands' closures.
 */
export function compileExpression(expr: string): Evaluator {
  const tokens = tokenize(expr);
  let i = 0;
  const peek = (): string | undefined => tokens[i];
  const fail = (what: string): never => {
    throw new Error(`expression: ${what} in ${JSON.stringify(expr)}`);
  };
  const expect = (t: string): void => {
    if (tokens[i] !== t) fail(`expected ${JSON.stringify(t)} at token ${i} (${JSON.stringify(tokens[i] ?? "end")})`);
    i++;
  };

  function conditional(): Node {
    const test = binary(0);
    if (peek() !== "?") return test;
    i++;
    const yes = conditional();
    expect(":");
    const no = conditional();
    if (isConstant(test)) return test.value ? yes : no;
    return (a, b, c, f) => (test(a, b, c, f) ? yes(a, b, c, f) : no(a, b, c, f));
  }

  function binary(level: number): Node {
    if (level === LEVELS.length) return exponent();
    let left = binary(level + 1);
    const ops = LEVELS[level] as readonly string[];
    for (let t = peek(); t !== undefined && ops.includes(t); t = peek()) {
      i++;
      const right = binary(level + 1);
      left = combine(t, left, right);
    }
    return left;
  }

  // `**` is right-associative and binds tighter than the unary operators on its right only
  function exponent(): Node {
    const signed = Object.hasOwn(UNARY, peek() ?? "");
    const base = unary();
    if (peek() !== "**") return base;
    if (signed) fail("a unary operator before ** needs parentheses");
    i++;
    return combine("**", base, exponent());
  }

  function unary(): Node {
    const t = peek();
    if (t !== undefined && Object.hasOwn(UNARY, t)) {
      i++;
      const op = UNARY[t] as (x: unknown) => unknown;
      const x = unary();
      if (isConstant(x)) return constant(op(x.value));
      return (a, b, c, f) => op(x(a, b, c, f));
    }
    return primary();
  }

  function args(): Node[] {
    expect("(");
    const list: Node[] = [];
    if (peek() !== ")") {
      list.push(conditional());
      while (peek() === ",") {
        i++;
        list.push(conditional());
      }
    }
    expect(")");
    return list;
  }

  function primary(): Node {
    const t = peek();
    if (t === undefined) return fail("unexpected end");
    i++;
    if (t === "(") {
      const inner = conditional();
      expect(")");
      return inner;
    }
    if (/^(?:0x|\d|\.\d)/.test(t)) return constant(Number(t));
    if (Object.hasOwn(NAMES, t)) return constant(NAMES[t]);
    if (t === "a") return (a) => a;
    if (t === "b") return (_a, b) => b;
    if (t === "c") return (_a, _b, c) => c;
    if (t.startsWith("Math.")) {
      const member = t.slice(5);
      if (!Object.prototype.hasOwnProperty.call(Math, member)) fail(`unknown ${t}`);
      const value = (Math as unknown as Record<string, unknown>)[member];
      if (peek() !== "(") return constant(value);
      if (typeof value !== "function") fail(`${t} is not a function`);
      return call(value as (...x: unknown[]) => unknown, args());
    }
    if (t === "f") {
      // the helper is a function to call or, in a kernel that fills, the value itself
      if (peek() !== "(") return (_a, _b, _c, f) => f;
      const list = args();
      const [x, y, z] = list;
      if (list.length === 1) return (a, b, c, f) => (f as (x: unknown) => unknown)((x as Node)(a, b, c, f));
      if (list.length === 2) return (a, b, c, f) => (f as (x: unknown, y: unknown) => unknown)((x as Node)(a, b, c, f), (y as Node)(a, b, c, f));
      if (list.length === 3) {
        return (a, b, c, f) => (f as (x: unknown, y: unknown, z: unknown) => unknown)((x as Node)(a, b, c, f), (y as Node)(a, b, c, f), (z as Node)(a, b, c, f));
      }
      return fail("f takes one to three arguments");
    }
    return fail(`unknown name ${JSON.stringify(t)}`);
  }

  const root = conditional();
  if (i !== tokens.length) fail(`unexpected ${JSON.stringify(tokens[i])}`);
  return root as Evaluator;
}

/** A call of a `Math` function on one or two arguments (the shapes the loops use) or more. */
function call(fn: (...x: unknown[]) => unknown, list: Node[]): Node {
  const [x, y] = list;
  if (list.length === 1) {
    const u = x as Node;
    if (isConstant(u)) return constant(fn(u.value));
    return (a, b, c, f) => fn(u(a, b, c, f));
  }
  if (list.length === 2) {
    const u = x as Node;
    const v = y as Node;
    return (a, b, c, f) => fn(u(a, b, c, f), v(a, b, c, f));
  }
  return (a, b, c, f) => fn(...list.map((n) => n(a, b, c, f)));
}

/**
 * The binary operator `op` of two nodes; two constants fold to one, and a constant left operand of
 * `&&`/`||` decides statically (JavaScript's short-circuit, which also skips the right side).
 */
function combine(op: string, left: Node, right: Node): Node {
  if (op === "&&" && isConstant(left)) return left.value ? right : left;
  if (op === "||" && isConstant(left)) return left.value ? left : right;
  const node = (BINARY[op] as Factory)(left, right);
  return isConstant(left) && isConstant(right) ? constant(node(0, 0, 0, undefined)) : node;
}
