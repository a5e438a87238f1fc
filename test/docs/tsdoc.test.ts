import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, test } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const entries = ["src/index.ts", "src/jacobian/index.ts"].map((p) => root + p);
const program = ts.createProgram(entries, { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler });
const checker = program.getTypeChecker();

interface Export {
  entry: string;
  name: string;
  kind: "function" | "class" | "error class" | "value" | "type";
  documented: boolean;
  example: boolean;
}

function exportsOf(entry: string): Export[] {
  const source = program.getSourceFile(entry) as ts.SourceFile;
  const module = checker.getSymbolAtLocation(source) as ts.Symbol;
  return checker.getExportsOfModule(module).map((sym) => {
    const target = sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym;
    const decl = target.declarations?.[0] as ts.Declaration;
    const docs = target.getDocumentationComment(checker);
    const tags = target.getJsDocTags(checker);
    const isError = ts.isClassDeclaration(decl) && /Error$/.test(sym.name);
    const kind: Export["kind"] = isError
      ? "error class"
      : ts.isFunctionDeclaration(decl)
        ? "function"
        : ts.isClassDeclaration(decl)
          ? "class"
          : ts.isVariableDeclaration(decl)
            ? decl.initializer && ts.isArrowFunction(decl.initializer)
              ? "function"
              : "value"
            : "type";
    return {
      entry: entry.slice(root.length),
      name: sym.name,
      kind,
      documented: docs.length > 0,
      example: tags.some((t) => t.name === "example"),
    };
  });
}

const all = entries.flatMap(exportsOf);

test("both entry points export something", () => {
  expect(all.length).toBeGreaterThan(80);
});

describe("every export has TSDoc", () => {
  test.each(all.map((e) => [`${e.entry}: ${e.name}`, e] as const))("%s", (_name, e) => {
    expect(e.documented, `${e.name} has no doc comment`).toBe(true);
  });
});

describe("every exported function and class has an @example with its output", () => {
  const needing = all.filter((e) => e.kind === "function" || e.kind === "class");
  test.each(needing.map((e) => [`${e.entry}: ${e.name}`, e] as const))("%s", (_name, e) => {
    expect(e.example, `${e.name} has no @example`).toBe(true);
  });
});
