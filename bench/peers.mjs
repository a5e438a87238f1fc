// The libraries a user would pick instead, loaded as a user would load them. Each adapter turns
// the benchmark's Float64Arrays into its own arrays once, outside the timing.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** @stdlib/ndarray: ndarray-like views, broadcast-array views, base/binary and base/unary loops. */
export function stdlib() {
  const Ctor = require("@stdlib/ndarray/ctor");
  const zeros = require("@stdlib/ndarray/zeros");
  const broadcastArray = require("@stdlib/ndarray/base/broadcast-array");
  const binary = require("@stdlib/ndarray/base/binary");
  const unary = require("@stdlib/ndarray/base/unary");
  const add = require("@stdlib/number/float64/base/add");
  const mul = require("@stdlib/number/float64/base/mul");
  const tanh = require("@stdlib/math/base/special/tanh");
  const sum = require("@stdlib/blas/ext/sum");
  const wrap = (data, shape) => {
    const strides = shape.map((_, i) => shape.slice(i + 1).reduce((p, d) => p * d, 1));
    return new Ctor("float64", data, shape, strides, 0, "row-major");
  };
  const binaryOp = (fn) => (x, y, shape) => {
    const z = zeros(shape);
    binary([broadcastArray(x, shape), broadcastArray(y, shape), z], fn);
    return z;
  };
  return {
    name: "@stdlib/ndarray",
    wrap,
    add: binaryOp(add),
    mul: binaryOp(mul),
    tanh: (x) => {
      const z = zeros(x.shape);
      unary([x, z], tanh);
      return z;
    },
    broadcastTo: (x, shape) => broadcastArray(x, shape),
    sumAxis0: (x) => sum(x, { dims: [0] }),
    read: (z) => z.data,
  };
}

/** @tensorflow/tfjs-core with the CPU backend (float32: the CPU backend has no float64). */
export async function tfjs() {
  const { log, warn } = console;
  console.log = console.warn = () => {}; // its "install tfjs-node" banner
  const tf = await import("@tensorflow/tfjs-core");
  await import("@tensorflow/tfjs-backend-cpu");
  await tf.setBackend("cpu");
  tf.add(tf.tensor([0]), 1).dispose();
  Object.assign(console, { log, warn });
  return {
    name: "tfjs-core cpu (float32)",
    tf,
    wrap: (data, shape) => tf.tensor(Float32Array.from(data), shape, "float32"),
    add: (x, y) => tf.add(x, y),
    mul: (x, y) => tf.mul(x, y),
    tanh: (x) => tf.tanh(x),
    sumAxis0: (x) => tf.sum(x, 0),
    read: (t) => t.dataSync(),
    dispose: (t) => t.dispose(),
  };
}

/** mathjs: DenseMatrix of nested arrays; broadcasting in add/dotMultiply; map for tanh. */
export async function mathjs() {
  const { create, all } = await import("mathjs");
  const math = create(all);
  const nest = (data, shape) =>
    shape.length === 1 ? Array.from(data) : Array.from({ length: shape[0] }, (_, i) => nest(data.subarray(i * (data.length / shape[0]), (i + 1) * (data.length / shape[0])), shape.slice(1)));
  return {
    name: "mathjs",
    wrap: (data, shape) => math.matrix(nest(data, shape)),
    add: (x, y) => math.add(x, y),
    mul: (x, y) => math.dotMultiply(x, y),
    tanh: (x) => math.map(x, math.tanh),
    sumAxis0: (x) => math.sum(x, 0),
    read: (m) => Float64Array.from(m.toArray().flat(Infinity)),
  };
}

/**
 * @jax-js/jax on its WebAssembly backend, float64. Node 20 has no Float16Array, which jax-js tests
 * with instanceof: a stand-in class is defined for it (no value is ever one). Timings include
 * blockUntilReady, not copying the result out of the Wasm heap.
 */
export async function jaxjs() {
  globalThis.Float16Array ??= class Float16Array {};
  const jax = await import("@jax-js/jax");
  await jax.init("wasm");
  jax.defaultDevice("wasm");
  const np = jax.numpy;
  return {
    name: "@jax-js/jax wasm",
    async: true,
    wrap: (data, shape) => np.array(data, { dtype: np.float64 }).reshape(shape),
    add: (x, y) => np.add(x.ref, y.ref),
    mul: (x, y) => np.multiply(x.ref, y.ref),
    tanh: (x) => np.tanh(x.ref),
    sumAxis0: (x) => np.sum(x.ref, 0),
    broadcastTo: (x, shape) => np.broadcastTo(x.ref, shape),
    ready: (a) => jax.blockUntilReady(a),
    read: async (a) => a.ref.data(),
    dispose: (a) => a.dispose(),
  };
}
