import fn = require("ndarray-broadcast/functions");

const a: fn.NDArray = fn.add(fn.array([1, 2]), 1);
// @ts-expect-error the method forms are the root entry's
a.sum();
export const shape: string = fn.formatShape(a.shape);
