// One class across copies: two copies of the library loaded in one realm (a CommonJS require
// and an ESM import, or two bundles) accept each other's arrays through the registered brand,
// and still refuse Proxies and look-alikes.
import { describe, expect, it, vi } from "vitest";
import * as nb from "../src/index.js";
import * as J from "../src/jacobian/index.js";

async function secondCopy(): Promise<typeof nb> {
  vi.resetModules();
  const other = (await import("../src/index.js")) as typeof nb;
  vi.resetModules();
  return other;
}

describe("NDArray across copies of the library", () => {
  it("is named NDArray", () => {
    expect(nb.NDArray.name).toBe("NDArray");
  });

  it("accepts another copy's arrays in functions, methods, instanceof and the Jacobian module", async () => {
    const other = await secondCopy();
    expect(other.NDArray).not.toBe(nb.NDArray);
    const a = other.array([[1, -2], [3, 4]]);
    expect(a instanceof nb.NDArray).toBe(true);
    expect(nb.array([1]) instanceof other.NDArray).toBe(true);
    expect(nb.add(a, 1).tolist()).toEqual([[2, -1], [4, 5]]);
    expect(nb.matmul(a, nb.eye(2)).tolist()).toEqual([[1, -2], [3, 4]]);
    expect(nb.array(a).tolist()).toEqual([[1, -2], [3, 4]]);
    expect(nb.index(a, 1).tolist()).toEqual([3, 4]);
    expect(other.add(nb.ones([2]), a).tolist()).toEqual([[2, -1], [4, 5]]);
    expect(J.jacobian(J.relu, other.array([-1, 2])).toString()).toBe("Diag(array([0., 1.]))");
  });

  it("refuses a Proxy of another copy's array and an object made from its prototype", async () => {
    const other = await secondCopy();
    const a = other.array([1, 2]);
    expect(a instanceof nb.NDArray).toBe(true);
    expect(new Proxy(a, {}) instanceof nb.NDArray).toBe(false);
    expect(() => nb.add(new Proxy(a, {}), 1)).toThrow(nb.DTypeError);
    const lookAlike = Object.create(other.NDArray.prototype) as unknown;
    expect(lookAlike instanceof nb.NDArray).toBe(false);
    expect(() => nb.add(lookAlike as nb.NDArray, 1)).toThrow(/NDArray/);
  });
});
