import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { formatWithOptions } from "node:util";
import ts from "typescript";
import { afterAll, expect, test } from "vitest";
import { canCompile } from "../../src/evaluation.js";
import { collectExamples, expectedOutputs } from "./extract.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
// one folder per pass of the suite (compiled, interpreted): the two run at the same time
const scratch = join(root, "test", "docs", ".generated", canCompile ? "compiled" : "interpreted");
const examples = collectExamples(root);

mkdirSync(scratch, { recursive: true });
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The example as a module: the package imports point at src/, console.log is captured. */
function toModule(code: string): string {
  const src = join(root, "src").replaceAll("\\", "/");
  const body = code
    .replaceAll('from "ndarray-broadcast/jacobian"', `from "${src}/jacobian/index.ts"`)
    .replaceAll('from "ndarray-broadcast/functions"', `from "${src}/functions.ts"`)
    .replaceAll('from "ndarray-broadcast"', `from "${src}/index.ts"`)
    // scijs's ndarray() compiles its view classes: where that is forbidden, the tests' stand-in
    .replaceAll('from "ndarray"', canCompile ? 'from "ndarray"' : `from "${join(root, "test", "scijs-ndarray.ts").replaceAll("\\", "/")}"`);
  const imports = body.split("\n").filter((l) => /^import\s/.test(l));
  const rest = body.split("\n").filter((l) => !/^import\s/.test(l));
  return [
    ...imports,
    "export default async function run(console: { log: (...args: unknown[]) => void }): Promise<void> {",
    ...rest,
    "}",
  ].join("\n");
}

test("the extractor reads `// =>` outputs and their continuation lines", () => {
  expect(expectedOutputs("f();\n// => a\n//    b\ng();\n// => c")).toEqual(["a\nb", "c"]);
});

test("there are examples to run", () => {
  expect(examples.length).toBeGreaterThan(30);
});

const files = examples.map((e, i) => {
  const file = join(scratch, `example-${i}.ts`);
  writeFileSync(file, toModule(e.code));
  return file;
});

test("every example type-checks under the project's strict settings", () => {
  const program = ts.createProgram(files, {
    strict: true,
    noUncheckedIndexedAccess: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true,
    noEmit: true,
    skipLibCheck: true,
    types: ["node"],
  });
  const problems = ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file && files.includes(d.file.fileName))
    .map((d) => {
      const i = files.indexOf((d.file as ts.SourceFile).fileName);
      return `${examples[i]?.source}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
    });
  expect(problems).toEqual([]);
}, 60_000);

test.each(examples.map((e, i) => [e.source, i, e] as const))("%s", async (_source, i, example) => {
  const file = files[i] as string;
  const printed: string[] = [];
  const mod = (await import(/* @vite-ignore */ file)) as { default: (c: unknown) => Promise<void> };
  await mod.default({ log: (...args: unknown[]) => printed.push(formatWithOptions({}, ...args)) });
  expect(example.expected.length, "the example shows at least one // => output").toBeGreaterThan(0);
  expect(printed).toEqual(example.expected);
});
