import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** One runnable example: its code, where it came from, and the outputs written beside it. */
export interface Example {
  source: string;
  code: string;
  expected: string[];
}

/**
 * The outputs an example promises: each `// => text` starts one console.log output; following
 * comment lines `//    more` (the text under "=> ") continue it on new lines.
 */
export function expectedOutputs(code: string): string[] {
  const out: string[] = [];
  let current: string[] | null = null;
  for (const raw of code.split("\n")) {
    const line = raw.trim();
    if (line.startsWith("// =>")) {
      if (current) out.push(current.join("\n"));
      current = [line.slice(6)];
    } else if (current && raw.trimStart().startsWith("//    ")) {
      current.push(raw.trimStart().slice(6));
    } else if (current) {
      out.push(current.join("\n"));
      current = null;
    }
  }
  if (current) out.push(current.join("\n"));
  return out;
}

function walk(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "api" ? [] : walk(path, ext);
    return path.endsWith(ext) ? [path] : [];
  });
}

/** ```ts blocks of a Markdown file. */
function markdownExamples(root: string, file: string): Example[] {
  const text = readFileSync(file, "utf8");
  const out: Example[] = [];
  const re = /```ts\n([\s\S]*?)```/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const code = m[1] as string;
    const line = text.slice(0, m.index).split("\n").length;
    out.push({ source: `${relative(root, file)}:${line}`, code, expected: expectedOutputs(code) });
  }
  return out;
}

/** `@example` blocks of the TSDoc comments in a source file. */
function sourceExamples(root: string, file: string): Example[] {
  const lines = readFileSync(file, "utf8").split("\n");
  const out: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\*\s*@example\s*$/.test(lines[i] as string)) continue;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j] as string;
      if (/^\s*\*\//.test(l) || /^\s*\*\s*@\w+/.test(l)) break;
      body.push(l.replace(/^\s*\* ?/, ""));
    }
    const code = body.join("\n");
    out.push({ source: `${relative(root, file)}:${i + 1}`, code, expected: expectedOutputs(code) });
    i = j - 1;
  }
  return out;
}

/** Every example in README.md, docs/*.md and the TSDoc of src/. */
export function collectExamples(root: string): Example[] {
  const docs = walk(join(root, "docs"), ".md");
  return [
    ...markdownExamples(root, join(root, "README.md")),
    ...docs.flatMap((f) => markdownExamples(root, f)),
    ...walk(join(root, "src"), ".ts").flatMap((f) => sourceExamples(root, f)),
  ];
}
