// npm run test:package: the package as a user installs it. Packs it (prepack builds dist), checks
// the tarball with publint --strict and @arethetypeswrong/cli, installs it into a fresh project
// (the package from the tarball, its three dependencies from npm's cache where they are), type-checks a strict
// consumer with moduleResolution node16, nodenext and bundler, and runs it as ESM, as CommonJS
// and as both in one process (arrays of one copy accepted by the other); checks that
// ndarray-broadcast/functions has no method forms in its types (skipLibCheck off) nor at run time,
// and that a bundle of one of its functions stays small (esbuild, as scripts/bundle-size.mjs).
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleSize } from "../../scripts/bundle-size.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const bin = (name) => join(root, "node_modules/.bin", name);
const run = (cmd, args, cwd) => {
  console.log(`$ ${[cmd, ...args].join(" ")}`);
  execFileSync(cmd, args, { cwd, stdio: "inherit" });
};

const work = mkdtempSync(join(tmpdir(), "ndarray-broadcast-package-"));
try {
  run("npm", ["pack", "--silent", "--pack-destination", work], root);
  const tarball = join(work, readdirSync(work).find((f) => f.endsWith(".tgz")));
  run(bin("publint"), ["--strict", tarball], root);
  run(bin("attw"), [tarball], root);

  const app = join(work, "app");
  cpSync(join(here, "consumer"), app, { recursive: true });
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module", dependencies: { "ndarray-broadcast": `file:${tarball}` } }, null, 2),
  );
  run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"], app);
  for (const config of ["tsconfig.node16.json", "tsconfig.nodenext.json", "tsconfig.bundler.json", "tsconfig.functions.json"]) {
    run(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", config], app);
  }
  run(process.execPath, ["esm.mjs"], app);
  run(process.execPath, ["cjs.cjs"], app);
  run(process.execPath, ["mixed.mjs"], app);
  run(process.execPath, ["functions.mjs"], app);

  // Tree-shaking of the installed package (generous bounds: a size, never a time). The whole
  // core bundles to about 200 KB; a shape helper alone must not drag the arrays in, nor an array
  // function the rest of the library.
  const everything = await bundleSize("ndarray-broadcast/functions", "*", app);
  for (const [name, bound] of [["formatShape", 8_000], ["broadcastShapes", 10_000], ["promoteTypes", 8_000], ["array", everything.bytes / 2]]) {
    const { bytes } = await bundleSize("ndarray-broadcast/functions", name, app);
    console.log(`bundle of { ${name} } from ndarray-broadcast/functions: ${bytes} B (bound ${Math.round(bound)} B; everything ${everything.bytes} B)`);
    if (bytes > bound) throw new Error(`test:package: a bundle of { ${name} } from ndarray-broadcast/functions is ${bytes} B, over its bound of ${Math.round(bound)} B: something it imports now has side effects or pulls the operations`);
  }
  // …while the root entry keeps the method forms (a.add(1) after importing only `array`)
  const fromRoot = await bundleSize("ndarray-broadcast", "formatShape", app);
  const add = await bundleSize("ndarray-broadcast/functions", "add", app);
  console.log(`bundle of { formatShape } from ndarray-broadcast: ${fromRoot.bytes} B (the method forms kept: more than { add } from /functions, ${add.bytes} B)`);
  if (fromRoot.bytes <= add.bytes) throw new Error(`test:package: a bundle of { formatShape } from ndarray-broadcast is ${fromRoot.bytes} B, no more than { add } from /functions (${add.bytes} B): the method forms were dropped`);
  console.log("test:package: ok");
} finally {
  rmSync(work, { recursive: true, force: true });
}
