// What a page pays for an import of the package: each case is bundled by esbuild (the version in
// node_modules) as `esbuild e.mjs --bundle --minify --format=esm --platform=browser` would, e.mjs
// holding `import { f } from "<entry>"; console.log(f);`, and the output is measured in bytes and
// in bytes after gzip -9. The package is resolved as a consumer resolves it (its exports map and
// its "sideEffects" field), from dist/: run `npm run size`, which builds first.
//
//   node scripts/bundle-size.mjs            the table of docs/performance.md, in Markdown
//   node scripts/bundle-size.mjs --json     the same numbers as JSON
import { build, version } from "esbuild";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The imports measured: one name, or `*` for the whole entry. */
export const CASES = [
  "formatShape",
  "broadcastShapes",
  "promoteTypes",
  "array",
  "add",
  "matmul",
  "fromNpy",
  "*",
];
/** The entries measured: the root (with the method forms) and the side-effect-free functions. */
export const ENTRIES = ["ndarray-broadcast", "ndarray-broadcast/functions"];

/** The bundle's size in bytes, minified and minified then gzipped, of `import { name } from spec`. */
export async function bundleSize(spec, name, resolveDir) {
  const contents =
    name === "*"
      ? `import * as m from "${spec}";\nconsole.log(m);\n`
      : `import { ${name} } from "${spec}";\nconsole.log(${name});\n`;
  const result = await build({
    stdin: { contents, resolveDir, sourcefile: "e.mjs", loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  const bytes = result.outputFiles[0].contents;
  return { bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** Every case from every entry, resolved through a node_modules/ndarray-broadcast link to this checkout. */
export async function measure() {
  const work = mkdtempSync(join(tmpdir(), "ndarray-broadcast-size-"));
  try {
    mkdirSync(join(work, "node_modules"));
    symlinkSync(root, join(work, "node_modules", "ndarray-broadcast"), "dir");
    const rows = [];
    for (const name of CASES) {
      const row = { name };
      for (const spec of ENTRIES) row[spec] = await bundleSize(spec, name, work);
      rows.push(row);
    }
    return rows;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const n = (x) => x.toLocaleString("en-US");
const cell = (s) => `${n(s.bytes)} B / ${n(s.gzip)} gz`;

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const rows = await measure();
  if (process.argv.includes("--json")) {
    console.log(JSON.stringify({ esbuild: version, rows }, null, 2));
  } else {
    console.log(
      `esbuild ${version}, --bundle --minify --format=esm --platform=browser; bytes / bytes after gzip -9\n`,
    );
    console.log(`| import | ${ENTRIES.map((e) => `from \`${e}\``).join(" | ")} |`);
    console.log(`| --- | ${ENTRIES.map(() => "---").join(" | ")} |`);
    for (const row of rows) {
      const label = row.name === "*" ? "`* as m` (everything)" : `\`${row.name}\``;
      console.log(`| ${label} | ${ENTRIES.map((e) => cell(row[e])).join(" | ")} |`);
    }
  }
}
