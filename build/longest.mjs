// Prints the longest Java source files and methods under a folder, longest first: the house caps
// a main source file at 400 lines and a method at 60. A method is counted from its declaration to
// its closing brace (comments inside included), by brace depth, with strings, characters and
// comments skipped. Usage: node build/longest.mjs claims/src/main [how many, default 10]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const [root = 'claims/src/main', top = '10'] = process.argv.slice(2);
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.java')) files.push(path);
  }
})(root);

/** The text with string, char and comment contents blanked, so that braces in them do not count. */
function code(text) {
  return text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'/g, (m) => m.replace(/[^\n]/g, ' '));
}

const methods = [];
const sizes = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const lines = code(text).split('\n');
  sizes.push([text.split('\n').length - (text.endsWith('\n') ? 1 : 0), file]);
  let depth = 0;
  let open = null; // [name, first line, depth at which the body opened]
  lines.forEach((line, i) => {
    const decl = /^\s*(?:(?:public|protected|private|static|final|synchronized|abstract|default)\s+)*[\w<>\[\], .?]+\s+(\w+)\s*\([^;]*$/.exec(line);
    for (const ch of line) {
      if (ch === '{') {
        depth++;
        if (open === null && decl && !/^\s*(?:if|for|while|switch|catch|return|new|else)\b/.test(line) && depth >= 2) open = [decl[1], i, depth];
      } else if (ch === '}') {
        if (open !== null && depth === open[2]) {
          methods.push([i - open[1] + 1, `${file}:${open[1] + 1} ${open[0]}`]);
          open = null;
        }
        depth--;
      }
    }
  });
}
sizes.sort((a, b) => b[0] - a[0]);
methods.sort((a, b) => b[0] - a[0]);
console.log(`longest files (lines) under ${root}:`);
sizes.slice(0, +top).forEach(([n, f]) => console.log(`  ${String(n).padStart(5)}  ${f}`));
console.log('longest methods (lines, declaration to closing brace):');
methods.slice(0, +top).forEach(([n, m]) => console.log(`  ${String(n).padStart(5)}  ${m}`));
