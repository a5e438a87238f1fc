// npm run test:browser: the docs' examples in headless Chromium (Debian's `chromium`; nothing is
// downloaded), printed by two pages and compared with what Node prints for the same examples:
//   index.html: the examples bundled with the built package (dist/index.js) by esbuild;
//   esm.html:   the examples importing `ndarray-broadcast` unbundled, resolved by an import map to
//               the package's browser build (dist/browser/), as a page without a bundler does.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, extname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const out = join(here, ".generated");
const browser = ["chromium", "/usr/bin/chromium", "chromium-browser"].find((b) => {
  try {
    execFileSync(b, ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
});
if (browser === undefined) {
  console.error("test:browser: no chromium found; install Debian's package: apt-get install -y chromium");
  process.exit(1);
}

execFileSync(join(root, "node_modules/.bin/tsup"), ["--silent"], { cwd: root, stdio: "inherit" });
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// the docs' examples, as test/docs collects them
await build({ entryPoints: [join(root, "test/docs/extract.ts")], bundle: true, platform: "node", format: "esm", packages: "external", outfile: join(out, "extract.mjs"), logLevel: "error" });
const { collectExamples } = await import(pathToFileURL(join(out, "extract.mjs")).href);
// the examples a page can run: no Node modules, no Node globals
const examples = collectExamples(root).filter((e) => !/node:|process\.|Buffer|require\(|readFileSync/.test(e.code));

const modules = examples.map((e, i) => {
  const lines = e.code.split("\n");
  const imports = lines.filter((l) => /^import\s/.test(l));
  const rest = lines.filter((l) => !/^import\s/.test(l));
  const file = `ex${i}.ts`;
  writeFileSync(join(out, file), [...imports, "export default async function run(console: { log: (...args: unknown[]) => void }): Promise<void> {", ...rest, "}"].join("\n"));
  return file;
});
writeFileSync(
  join(out, "examples.ts"),
  [
    'import { format } from "../format.ts";',
    ...modules.map((f, i) => `import ex${i} from "./${f}";`),
    `const examples: [string, (c: { log: (...a: unknown[]) => void }) => Promise<void>][] = [${examples.map((e, i) => `[${JSON.stringify(e.source)}, ex${i}]`).join(", ")}];`,
    "export async function runAll(): Promise<Record<string, string[]>> {",
    "  const results: Record<string, string[]> = {};",
    "  for (const [source, run] of examples) {",
    "    const printed: string[] = (results[source] = []);",
    "    try { await run({ log: (...args) => printed.push(format(...args)) }); }",
    "    catch (e) { printed.push(`THREW ${(e as Error).name}: ${(e as Error).message}`); }",
    "  }",
    "  return results;",
    "}",
  ].join("\n"),
);
writeFileSync(
  join(out, "main.ts"),
  'import { runAll } from "./examples.ts";\nconst results = await runAll();\n(document.getElementById("out") as HTMLElement).textContent = JSON.stringify(results);\n',
);

const distFiles = { "ndarray-broadcast": "index.js", "ndarray-broadcast/jacobian": "jacobian/index.js", "ndarray-broadcast/functions": "functions.js" };
const builtPackage = {
  name: "built-package",
  setup(b) {
    b.onResolve({ filter: /^ndarray-broadcast(\/jacobian|\/functions)?$/ }, (args) => ({ path: join(root, "dist", distFiles[args.path]) }));
  },
};
const common = { bundle: true, format: "esm", target: "es2022", logLevel: "error" };
await build({ ...common, entryPoints: [join(out, "main.ts")], platform: "browser", plugins: [builtPackage], outfile: join(out, "bundle.js") });
await build({ ...common, entryPoints: [join(out, "main.ts")], platform: "browser", external: Object.keys(distFiles), outfile: join(out, "unbundled.js") });
await build({ ...common, entryPoints: [join(out, "examples.ts")], platform: "node", plugins: [builtPackage], outfile: join(out, "node.mjs") });
const inNode = await (await import(pathToFileURL(join(out, "node.mjs")).href)).runAll();

const types = { ".html": "text/html", ".js": "text/javascript", ".map": "application/json", ".json": "application/json" };
const server = createServer((req, res) => {
  const path = join(root, decodeURIComponent(new URL(req.url, "http://x").pathname));
  if (!path.startsWith(root) || !existsSync(path)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream" }).end(readFileSync(path));
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const port = server.address().port;

const unescape = (s) => s.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&quot;", '"').replaceAll("&#39;", "'").replaceAll("&amp;", "&");
async function page(name) {
  const args = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--virtual-time-budget=20000", "--dump-dom", `http://127.0.0.1:${port}/test/browser/${name}`];
  const dom = await new Promise((ok, fail) => {
    import("node:child_process").then(({ execFile }) =>
      execFile(browser, args, { maxBuffer: 64 << 20, timeout: 120_000 }, (err, stdout) => (err ? fail(err) : ok(stdout))),
    );
  });
  const m = /<pre id="out">([\s\S]*?)<\/pre>/.exec(dom);
  if (m === null || m[1] === "") throw new Error(`test:browser: ${name} printed nothing (the examples did not run); its DOM:\n${dom.slice(0, 2000)}`);
  return JSON.parse(unescape(m[1]));
}

let failed = 0;
try {
  for (const name of ["index.html", "esm.html"]) {
    const got = await page(name);
    for (const [source, lines] of Object.entries(inNode)) {
      if (JSON.stringify(got[source]) !== JSON.stringify(lines)) {
        failed++;
        console.error(`${name} ${source}:\n  Node:     ${JSON.stringify(lines)}\n  Chromium: ${JSON.stringify(got[source])}`);
      }
    }
    console.log(`${name}: ${Object.keys(inNode).length} examples in Chromium, ${failed === 0 ? "all as in Node" : `${failed} differ`}`);
  }
  const threw = Object.entries(inNode).filter(([, lines]) => lines.some((l) => l.startsWith("THREW ")));
  for (const [source, lines] of threw) console.error(`${source} threw in Node: ${lines.at(-1)}`);
  const documented = examples.filter((e) => JSON.stringify(e.expected) === JSON.stringify(inNode[e.source])).length;
  console.log(`${documented} of ${examples.length} print exactly their documented // => lines`);
  if (failed > 0 || threw.length > 0 || examples.length < 30) process.exitCode = 1;
} finally {
  server.close();
}
