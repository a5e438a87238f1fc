// npm run test:browser: the docs' examples in headless Chromium (Debian's `chromium`; nothing is
// downloaded), printed by two pages and compared with what Node prints for the same examples:
//   index.html: the examples bundled with the built package (dist/index.js) by esbuild;
//   esm.html:   the examples importing `ndarray-broadcast` unbundled, resolved by an import map to
//               the package's browser build (dist/browser/), as a page without a bundler does.
// Each page is loaded twice: with no policy, and with the strict Content-Security-Policy
// `script-src 'self'` sent as a header (no 'unsafe-eval': `new Function` throws, and the library
// takes its evaluation-free path; esm.html's inline import map is allowed by its hash, which
// allows nothing else). The page reports whether it could evaluate strings, so a run on the
// wrong path fails.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
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
  [
    'import { runAll } from "./examples.ts";',
    // whether this page may compile code from strings (false under the strict policy)
    "let evaluation = true;",
    'try { new Function("return 1"); } catch { evaluation = false; }',
    "const results = await runAll();",
    '(document.getElementById("out") as HTMLElement).textContent = JSON.stringify({ evaluation, results });',
    "",
  ].join("\n"),
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
/** The strict policy, with the hash of each inline import map of `html` (CSP hashes cover inline import maps). */
const strictPolicy = (html) => {
  const hashes = [...html.matchAll(/<script type="importmap">([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${createHash("sha256").update(m[1]).digest("base64")}'`);
  return ["script-src 'self'", ...hashes].join(" ");
};
const server = createServer((req, res) => {
  const url = new URL(req.url, "http://x");
  const path = join(root, decodeURIComponent(url.pathname));
  if (!path.startsWith(root) || !existsSync(path)) {
    res.writeHead(404).end();
    return;
  }
  const body = readFileSync(path);
  const headers = { "content-type": types[extname(path)] ?? "application/octet-stream" };
  if (url.searchParams.get("csp") === "strict") headers["content-security-policy"] = strictPolicy(body.toString());
  res.writeHead(200, headers).end(body);
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const port = server.address().port;

const unescape = (s) => s.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&quot;", '"').replaceAll("&#39;", "'").replaceAll("&amp;", "&");
async function page(name, strict) {
  const url = `http://127.0.0.1:${port}/test/browser/${name}${strict ? "?csp=strict" : ""}`;
  const args = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--virtual-time-budget=20000", "--dump-dom", url];
  const dom = await new Promise((ok, fail) => {
    import("node:child_process").then(({ execFile }) =>
      execFile(browser, args, { maxBuffer: 64 << 20, timeout: 120_000 }, (err, stdout) => (err ? fail(err) : ok(stdout))),
    );
  });
  const m = /<pre id="out">([\s\S]*?)<\/pre>/.exec(dom);
  if (m === null || m[1] === "") throw new Error(`test:browser: ${name}${strict ? " (strict policy)" : ""} printed nothing (the examples did not run); its DOM:\n${dom.slice(0, 2000)}`);
  const { evaluation, results } = JSON.parse(unescape(m[1]));
  if (evaluation === strict) throw new Error(`test:browser: ${name} ${strict ? "could evaluate strings under the strict policy" : "could not evaluate strings without a policy"}`);
  return results;
}

// examples that call scijs's own ndarray() compile code themselves: under the strict policy they
// cannot run (whatever this library does), so they are left out of that comparison
const compilesItself = new Set(examples.filter((e) => /from "ndarray"/.test(e.code)).map((e) => e.source));

let failed = 0;
try {
  for (const [name, strict] of [["index.html", false], ["index.html", true], ["esm.html", false], ["esm.html", true]]) {
    const got = await page(name, strict);
    const compared = Object.entries(inNode).filter(([source]) => !(strict && compilesItself.has(source)));
    let differ = 0;
    for (const [source, lines] of compared) {
      if (JSON.stringify(got[source]) !== JSON.stringify(lines)) {
        differ++;
        console.error(`${name}${strict ? " (strict policy)" : ""} ${source}:\n  Node:     ${JSON.stringify(lines)}\n  Chromium: ${JSON.stringify(got[source])}`);
      }
    }
    failed += differ;
    const policy = strict ? `under "${strictPolicy(readFileSync(join(here, name), "utf8"))}"` : "with no policy";
    const left = strict && compilesItself.size > 0 ? ` (${compilesItself.size} left out: they call scijs's ndarray(), which compiles code)` : "";
    console.log(`${name} ${policy}: ${compared.length} examples in Chromium${left}, ${differ === 0 ? "all as in Node" : `${differ} differ`}`);
  }
  const threw = Object.entries(inNode).filter(([, lines]) => lines.some((l) => l.startsWith("THREW ")));
  for (const [source, lines] of threw) console.error(`${source} threw in Node: ${lines.at(-1)}`);
  const documented = examples.filter((e) => JSON.stringify(e.expected) === JSON.stringify(inNode[e.source])).length;
  console.log(`${documented} of ${examples.length} print exactly their documented // => lines`);
  if (failed > 0 || threw.length > 0 || examples.length < 30) process.exitCode = 1;
} finally {
  server.close();
}
