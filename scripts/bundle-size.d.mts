// Types of scripts/bundle-size.mjs for the TypeScript tests that use it (test/bundle/).

/** The imports measured: one name, or `*` for the whole entry. */
export const CASES: readonly string[];
/** The entries measured. */
export const ENTRIES: readonly string[];
/** A bundle's size: minified bytes, and those bytes after gzip -9. */
export interface BundleSize {
  bytes: number;
  gzip: number;
}
/** The size of the bundle of `import { name } from spec` (`*`: the whole module), resolved from `resolveDir`. */
export function bundleSize(spec: string, name: string, resolveDir: string): Promise<BundleSize>;
/** Every case from every entry of the built package. */
export function measure(): Promise<({ name: string } & Record<string, BundleSize | string>)[]>;
