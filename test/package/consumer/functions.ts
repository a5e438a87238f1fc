// ndarray-broadcast/functions alone: its NDArray declares no method forms, as at run time (no
// import of the root in this program, whose augmentation would add them everywhere).
import { add, array, formatShape, NDArray, sum } from "ndarray-broadcast/functions";

const a: NDArray = add(array([1, 2]), 1);
// @ts-expect-error the method forms are the root entry's
a.add(1);
export const results = [formatShape(a.shape), sum(a).item()] as const;
