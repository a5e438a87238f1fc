// The main example, run through the built package: `npm run demo`.
import { array, arange, zeros, eye } from "ndarray-broadcast";

const a = array([[1, 2], [3, 4]]);
console.log("An NDArray wraps one scijs ndarray and prints like numpy:");
console.log(a.toString());
console.log("shape", a.shape, "dtype", a.dtype, "strides", a.strides);

console.log("\nIts transpose is a view (strides swapped, no copy):");
console.log(a.T.toString(), "strides", a.T.strides);

console.log("\nOther dtypes print their dtype, as numpy does:");
console.log(arange(6, undefined, undefined, { dtype: "int32" }).reshape(2, 3).toString());

console.log("\nLaTeX for documents:");
console.log(eye(2).toLatex());

try {
  zeros([2, -1]);
} catch (e) {
  console.log(`\nBad input gets a clear error: ${e.name}: ${e.message}`);
}
