// A strict consumer: no @types installed, the package's own declarations only.
import { array, fromNdarray, NDArray, type ScijsArray } from "ndarray-broadcast";
import { jacobian, relu } from "ndarray-broadcast/jacobian";

type IsAny<T> = 0 extends 1 & T ? true : false;
const viewIsTyped: IsAny<ScijsArray> = false;
const a: NDArray = array([[1, 2], [3, 4]]);
const view: ScijsArray = a.toNdarray();
const offset: number = view.offset;
const back: NDArray = fromNdarray(view);
const total: NDArray = a.add(1).sum({ axis: 0 }); // the root entry declares the method forms
const J = jacobian(relu, array([-1, 2]));
export const results = [viewIsTyped, offset, back.shape, total.shape, J.kind] as const;
