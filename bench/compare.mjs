// Before/after on a loaded machine: `node --expose-gc bench/compare.mjs W7 2f97159 .` builds each
// revision (a git revision, or `.` for the working tree) into the temporary directory and runs
// the row once per build in its own process, alternating, `--runs` times (5 by default); it prints
// each build's runs sorted and their median. Figures are CPU time (`process.cpuUsage`: user +
// system), which other processes on the machine disturb far less than the wall clock does.
// Rows: W7 (µs per `add((3,), (2, 3))`), W10 (the same after 18 functions in 8 dtypes), and the
// ratios J2 (grad / loss), S3 (argmax / a plain function), S4 (cumsum / a plain function).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { argmaxFlat, cumsumFlat } from "./harness.mjs";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
/** CPU ms of `n` calls of `f`. */
const cpu = (f, n) => {
  const t = process.cpuUsage();
  for (let i = 0; i < n; i++) f();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
};
/** Median over `rounds` of CPU ms per call for each function, interleaved; warmed up first. */
function race(fs, { n = 1, rounds = 21, warmup = 20, gc = false } = {}) {
  for (const f of fs) for (let i = 0; i < warmup; i++) f();
  const s = fs.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < fs.length; k++) {
      const j = (r + k) % fs.length;
      if (gc) globalThis.gc?.();
      s[j].push(cpu(fs[j], n) / n);
    }
  }
  return s.map(med);
}

async function child(row, dir) {
  const nb = await import(join(dir, "index.js"));
  const J = await import(join(dir, "jacobian", "index.js"));
  const rand = (n, seed) => Float64Array.from({ length: n }, (_, i) => Math.sin(i * 12.9898 + seed) * 0.9);
  if (row === "W7" || row === "W10") {
    if (row === "W10") {
      for (const dtype of ["float64", "float32", "int32", "int16", "int8", "uint8", "uint16", "uint32"]) {
        const a = nb.array([[1, 2, 3], [4, 5, 6]], { dtype });
        const b = nb.array([1, 2, 3], { dtype });
        for (const f of ["add", "subtract", "multiply", "maximum", "minimum", "less", "equal", "logicalAnd", "bitwiseAnd", "arctan2", "hypot"]) {
          // (a revision from before the function existed skips it)
          if (nb[f] && !(dtype.startsWith("float") && f === "bitwiseAnd")) for (let i = 0; i < 2000; i++) nb[f](a, b);
        }
        for (const f of ["sin", "exp", "abs", "negative", "sqrt", "tanh", "isnan"]) if (nb[f]) for (let i = 0; i < 2000; i++) nb[f](a);
      }
    }
    const s3 = nb.array([1, 2, 3]);
    const m23 = nb.array([[1, 2, 3], [4, 5, 6]]);
    return race([() => nb.add(s3, m23)], { n: 20000, rounds: 15, warmup: 40000, gc: true })[0] * 1000;
  }
  if (row === "J2") {
    const M = 500;
    const W = nb.array(rand(M * M, 5)).reshape(M, M);
    const xv = nb.array(rand(M, 6));
    const yv = nb.array(rand(M, 7));
    const loss = (w) => J.sum(J.square(J.subtract(J.matmul(w, xv), yv)));
    const [plain, ours] = race([() => loss(W), () => J.grad(loss, W)], { n: 5, warmup: 300 });
    return ours / plain;
  }
  const M = 1_000_000;
  const x = rand(M, 5);
  const X = nb.array(x);
  if (row === "S3") {
    const [plain, ours] = race([() => argmaxFlat(x, M), () => nb.argmax(X)], { n: 10, rounds: 31 });
    return ours / plain;
  }
  if (row === "S4") {
    const [plain, ours] = race([() => cumsumFlat(x, M), () => nb.cumsum(X)], { rounds: 31, gc: true });
    return ours / plain;
  }
  throw new Error(`unknown row ${row}: one of W7, W10, J2, S3, S4`);
}

/** The ES module build of `rev` (a git revision, or `.`: the working tree) in a directory of its own. */
function build(rev) {
  const dir = join(tmpdir(), `ndarray-broadcast-${rev === "." ? `worktree-${basename(root)}` : rev.replace(/[^\w.-]/g, "_")}`);
  mkdirSync(dir, { recursive: true });
  const src = rev === "." ? root : join(dir, "src-tree");
  if (rev !== ".") {
    mkdirSync(src, { recursive: true });
    execFileSync("sh", ["-c", 'git -C "$0" archive "$1" | tar -x -C "$2"', root, rev, src]);
    if (!existsSync(join(src, "node_modules"))) symlinkSync(join(root, "node_modules"), join(src, "node_modules"));
  }
  // the built files import ndarray, ndarray-ops, cwise-compiler: found through dir/node_modules
  if (!existsSync(join(dir, "node_modules"))) symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
  const out = join(dir, "out");
  const args = ["tsup", "--no-config", "--entry.index", "src/index.ts", "--entry.jacobian/index", "src/jacobian/index.ts"];
  execFileSync("npx", [...args, "--format", "esm", "--target", "es2022", "--splitting", "--silent", "-d", out], { cwd: src, stdio: "inherit" });
  return out;
}

if (process.argv[2] === "--child") {
  console.log(await child(process.argv[3], process.argv[4]));
} else {
  const args = process.argv.slice(2);
  const at = args.indexOf("--runs");
  const runs = at >= 0 ? Number(args.splice(at, 2)[1]) : 5;
  const [row, ...revs] = args;
  if (!row || revs.length === 0) throw new Error("usage: node --expose-gc bench/compare.mjs ROW REV... [--runs N]");
  const dirs = revs.map(build);
  const results = revs.map(() => []);
  const self = fileURLToPath(import.meta.url);
  for (let r = 0; r < runs; r++) {
    dirs.forEach((dir, i) => {
      const out = execFileSync(process.execPath, ["--expose-gc", self, "--child", row, dir], { encoding: "utf8" });
      results[i].push(Number(out.trim()));
    });
  }
  const unit = row.startsWith("W") ? " µs" : "×";
  revs.forEach((rev, i) => {
    const s = [...results[i]].sort((a, b) => a - b);
    console.log(`${row} ${rev}: median ${med(s).toFixed(3)}${unit} (runs ${s.map((v) => v.toFixed(3)).join(" ")})`);
  });
}
