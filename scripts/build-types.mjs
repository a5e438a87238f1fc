// The package's declarations, after tsup has written dist/: tsc emits one .d.ts per module of src/
// (tsconfig.build.json), and each gets a .d.cts twin whose relative imports name .cjs files, the
// types of the require condition. Unbundled on purpose: the method forms are a module augmentation
// of NDArray (src/methods.ts) that only the root entry imports, so `ndarray-broadcast` declares
// `a.add(b)` and `ndarray-broadcast/functions` does not, as at run time; a .d.ts bundler drops or
// misplaces such an augmentation.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
execFileSync(
  process.execPath,
  [join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"],
  { cwd: root, stdio: "inherit" },
);

const relative = /((?:from|import|declare module)\s*\(?\s*["']\.{1,2}\/[^"']*?)\.js(["'])/g;
let count = 0;
for (const entry of readdirSync(join(root, "dist"), { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith(".d.ts")) continue;
  const file = join(entry.parentPath, entry.name);
  if (file.startsWith(join(root, "dist", "browser"))) continue;
  writeFileSync(
    file.replace(/\.d\.ts$/, ".d.cts"),
    readFileSync(file, "utf8").replace(relative, "$1.cjs$2"),
  );
  count++;
}
console.log(`build-types: ${count} declaration files, each as .d.ts and .d.cts`);
