import { describe, expect, test } from "vitest";
import { array, type NDArray } from "../../src/index.js";
import * as J from "../../src/jacobian/index.js";
import { decode, expectArray, readFixture, type FixtureArray } from "../helpers.js";

interface Case {
  name: string;
  args: FixtureArray[];
  wrt: number;
  value: FixtureArray;
  jacobian: FixtureArray;
  kind: string;
}
const fixture = readFixture<{ jax: string; cases: Case[] }>("jacobians.json");

type F = (...args: never[]) => J.Output;
const { add, subtract, multiply, divide, maximum, minimum, power, broadcastTo, sum, mean, dot, matmul, relu, tanh, exp, sin, sigmoid, square, reshape, stack, index } = J;

const COND4 = array([true, false, false, true]);

/** The functions of scripts/gen_jacobians.py, written with the strict operations. */
const UNARY: Record<string, F> = {
  exp: J.exp,
  log: J.log,
  tanh: J.tanh,
  sigmoid: J.sigmoid,
  relu: J.relu,
  square: J.square,
  sqrt: J.sqrt,
  sin: J.sin,
  cos: J.cos,
  negative: J.negative,
  "power 3": (x: J.Input) => power(x, 3),
  "scale by 3": (x: J.Input) => multiply(x, 3),
};
const BINARY: Record<string, F> = { add, subtract, multiply, divide, maximum, minimum };
const NAMED: Record<string, F> = {
  "relu at 0 (kink)": relu,
  "maximum tie wrt x (kink)": maximum,
  "minimum tie wrt y (kink)": minimum,
  "x + broadcastTo(z) wrt z": (x: J.Input, z: J.Input) => add(x, broadcastTo(z, [4])),
  "x * broadcastTo(z) wrt z": (x: J.Input, z: J.Input) => multiply(x, broadcastTo(z, [4])),
  "x * broadcastTo(z) wrt x": (x: J.Input, z: J.Input) => multiply(x, broadcastTo(z, [4])),
  "broadcastTo (3,) to (2, 3)": (v: J.Input) => broadcastTo(v, [2, 3]),
  "broadcastTo (2, 1) to (2, 3)": (v: J.Input) => broadcastTo(v, [2, 3]),
  "sum of a vector": (x: J.Input) => sum(x),
  "sum over axis 0": (a: J.Input) => sum(a, { axis: 0 }),
  "sum over axis 1": (a: J.Input) => sum(a, { axis: 1 }),
  "mean of a vector": (x: J.Input) => mean(x),
  "sum of x * z, wrt z": (x: J.Input, z: J.Input) => sum(multiply(x, broadcastTo(z, [4]))),
  "sum(broadcastTo(v)) over axis 0 is 2I": (v: J.Input) => sum(broadcastTo(v, [2, 3]), { axis: 0 }),
  "dot(w, x) wrt x": dot,
  "dot(w, x) wrt w": dot,
  "matvec W x wrt x": matmul,
  "matvec W x wrt W": matmul,
  "matmul W X wrt X": matmul,
  "chain tanh(exp(x))": (x: J.Input) => tanh(exp(x)),
  "chain sin(x * x)": (x: J.Input) => sin(multiply(x, x)),
  "chain sigmoid(w * x) wrt x": (w: J.Input, x: J.Input) => sigmoid(multiply(w, x)),
  "chain x * exp(x) (two paths)": (x: J.Input) => multiply(x, exp(x)),
  "chain relu(W x + b) wrt x": (W: J.Input, x: J.Input, b: J.Input) => relu(add(matmul(W, x), b)),
  "chain relu(W x + b) wrt b": (W: J.Input, x: J.Input, b: J.Input) => relu(add(matmul(W, x), b)),
  "chain tanh(W x) wrt W": (W: J.Input, x: J.Input) => tanh(matmul(W, x)),
  "neuron relu(w.x + b) wrt w": (w: J.Input, x: J.Input, b: J.Input) => relu(add(dot(w, x), b)),
  "neuron relu(w.x + b) wrt b": (w: J.Input, x: J.Input, b: J.Input) => relu(add(dot(w, x), b)),
  "neuron relu(w.x + b) wrt b, inactive": (w: J.Input, x: J.Input, b: J.Input) => relu(add(dot(w, x), b)),
  "loss mean((X w - y)^2) wrt w": (X: J.Input, w: J.Input, y: J.Input) => mean(square(subtract(matmul(X, w), y))),
  "loss sum((W x - y)^2) wrt W": (W: J.Input, x: J.Input, y: J.Input) => sum(square(subtract(matmul(W, x), y))),
  "reshape (2, 3) to (6,)": (a: J.Input) => reshape(a, [6]),
  "stack [x0 * x1, x0 + x1]": (x: J.Input) => stack([multiply(index(x, 0), index(x, 1)), add(index(x, 0), index(x, 1))]),
  "index x[1]": (x: J.Input) => index(x, 1),
  "index A[1]": (a: J.Input) => index(a, 1),
  "stack [x, 2x]": (x: J.Input) => stack([x, multiply(x, 2)]),
  "permuteDims (2, 3, 4) by (2, 0, 1)": (a: J.Input) => J.permuteDims(a, [2, 0, 1]),
  "transpose of a matrix": (a: J.Input) => J.transpose(a),
  "swapaxes 0 and 2": (a: J.Input) => J.swapaxes(a, 0, 2),
  "matrixTranspose of a stack of matrices": (a: J.Input) => J.matrixTranspose(a),
  "tanh of a transpose": (a: J.Input) => tanh(J.transpose(a)),
  "stack [x, 2x] on axis 1": (x: J.Input) => stack([x, multiply(x, 2)], { axis: 1 }),
  "stack [x, c] on axis -1 wrt x": (x: J.Input, c: J.Input) => stack([x, c], { axis: -1 }),
  "concat [x, c]": (x: J.Input, c: J.Input) => J.concat([x, c]),
  "concat [X, X] on axis 1": (a: J.Input) => J.concat([a, a], { axis: 1 }),
  "max of a vector": (x: J.Input) => J.max(x),
  "max with a tie": (x: J.Input) => J.max(x),
  "max over axis 0": (a: J.Input) => J.max(a, { axis: 0 }),
  "min over axis 1, keepdims": (a: J.Input) => J.min(a, { axis: 1, keepdims: true }),
  "min over axis 0 with ties": (a: J.Input) => J.min(a, { axis: 0 }),
  "logsumexp of a vector": (x: J.Input) => J.logsumexp(x),
  "logsumexp over axis 1": (a: J.Input) => J.logsumexp(a, { axis: 1 }),
  "logsumexp of large values": (x: J.Input) => J.logsumexp(x),
  "softmax of a vector": (x: J.Input) => J.softmax(x),
  "softmax over axis 0": (a: J.Input) => J.softmax(a, { axis: 0 }),
  "logSoftmax of a vector": (x: J.Input) => J.logSoftmax(x),
  abs: J.abs,
  "index x[1:3]": (x: J.Input) => index(x, "1:3"),
  "index x[::-1]": (x: J.Input) => index(x, "::-1"),
  "index x[[0, 2, 0]]": (x: J.Input) => index(x, [0, 2, 0]),
  "index A[::2, 1:]": (a: J.Input) => index(a, "::2", "1:"),
  "index A[-1, ::-1]": (a: J.Input) => index(a, -1, "::-1"),
  "index A[..., None]": (a: J.Input) => index(a, "...", null),
  "index A[[1, 0], [2, 2]]": (a: J.Input) => index(a, [1, 0], [2, 2]),
  "index A[None, :, [2, 0]]": (a: J.Input) => index(a, null, ":", [2, 0]),
  "index A[mask]": (a: J.Input) => index(a, array([[true, false, true], [false, true, false]])),
  "index A[:, [1, 1]] * 2": (a: J.Input) => multiply(index(a, ":", [1, 1]), 2),
  "index x[[]]": (x: J.Input) => index(x, array([], { dtype: "int32" })),
  "batched matmul wrt A": matmul,
  "batched matmul wrt B": matmul,
  "batched matmul, two batch axes": matmul,
  "tanh of a batched matmul wrt A": (a: J.Input, b: J.Input) => tanh(matmul(a, b)),
  "batched matmul A A": (a: J.Input) => matmul(a, a),
  "batched matmul of one matrix": matmul,
  "where(cond, x, y) wrt x": (x: J.Input, y: J.Input) => J.where(COND4, x, y),
  "where(cond, x, y) wrt y": (x: J.Input, y: J.Input) => J.where(COND4, x, y),
  "where(cond, x, 0)": (x: J.Input) => J.where(COND4, x, 0),
  "where(cond, x, x * x)": (x: J.Input) => J.where(COND4, x, multiply(x, x)),
  "clip(x, -0.5, 1) with values at the bounds": (x: J.Input) => J.clip(x, -0.5, 1),
  "clip(x, None, 0)": (x: J.Input) => J.clip(x, null, 0),
  "clip(x, lo, hi) wrt lo": (x: J.Input, lo: J.Input, hi: J.Input) => J.clip(x, lo, hi),
  sign: J.sign,
  "sign(x) * x": (x: J.Input) => multiply(J.sign(x), x),
};

function lookup(name: string): F {
  if (NAMED[name]) return NAMED[name] as F;
  const base = name.replace(/ \((vector|matrix)\)$/, "");
  if (UNARY[base]) return UNARY[base] as F;
  const op = base.split(" wrt ")[0] as string;
  if (BINARY[op]) return BINARY[op] as F;
  throw new Error(`no function for fixture case "${name}"`);
}

describe(`Jacobians agree with JAX ${fixture.jax} (jax.jacfwd, float64)`, () => {
  test.each(fixture.cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const f = lookup(c.name);
    const args = c.args.map(decode);
    const jac = J.jacobian(f as J.Differentiable, args, { wrt: c.wrt });
    expect(jac.kind).toBe(c.kind);
    expect(jac.shape).toEqual(c.jacobian.shape);
    expectArray(jac.toDense(), c.jacobian, 1e-12, "Jacobian");
    const value = (f as J.Differentiable)(...args);
    expectArray(value instanceof J.Traced ? value.value : (value as NDArray), c.value, 1e-12, "value");
  });
});
