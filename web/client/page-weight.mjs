// The bytes each kind of page downloads of the built bundles (web/wwwroot): its entry scripts, every
// chunk they import (followed through the static imports esbuild writes), and app.css; minified and
// gzipped at level 9. Run after a build: `npm run --silent page-weight` (BENCHMARKS.md, "Web UI").
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../wwwroot");
const pages = {
  "participant (/join, /role, /play)": ["app.js"],
  "facilitator board": ["app.js", "facilitator.js"],
  "author workbench": ["app.js", "author.js"],
};

function scriptsOf(entries) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, path] of readFileSync(file, "utf8").matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g)) {
      visit(resolve(dirname(file), path));
    }
  };
  entries.forEach((entry) => visit(join(root, entry)));
  return [...seen];
}

const size = (files) => files.reduce((sum, file) => {
  const bytes = readFileSync(file);
  return { raw: sum.raw + bytes.length, gzip: sum.gzip + gzipSync(bytes, { level: 9 }).length };
}, { raw: 0, gzip: 0 });

const format = (n) => n.toLocaleString("en-GB").padStart(9);
console.log(`${"page".padEnd(36)} ${"JS".padStart(9)} ${"JS gzip".padStart(9)} ${"+CSS".padStart(9)} ${"+CSS gzip".padStart(9)}  files`);
for (const [page, entries] of Object.entries(pages)) {
  const scripts = scriptsOf(entries);
  const js = size(scripts);
  const all = size([...scripts, join(root, "app.css")]);
  console.log(`${page.padEnd(36)} ${format(js.raw)} ${format(js.gzip)} ${format(all.raw)} ${format(all.gzip)}  ${scripts.map((f) => relative(root, f)).join(" ")}`);
}
