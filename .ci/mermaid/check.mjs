// Parses each Mermaid text given (a .mmd file, or the ```mermaid blocks of a Markdown file) with
// Mermaid's own parser, mermaid.parse, which needs a DOM: jsdom gives it one. Exit 1 when any fails.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });

const texts = [];
for (const file of process.argv.slice(2)) {
  const content = readFileSync(file, 'utf8');
  if (file.endsWith('.md')) {
    const blocks = [...content.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)];
    if (blocks.length === 0) {
      console.error(`${file}: no mermaid block`);
      process.exitCode = 1;
    }
    blocks.forEach((b, i) => texts.push([`${file} block ${i + 1}`, b[1]]));
  } else {
    texts.push([file, content]);
  }
}
let failed = 0;
for (const [name, text] of texts) {
  try {
    const result = await mermaid.parse(text);
    if (result.diagramType !== 'sequence') {
      throw new Error(`a ${result.diagramType} diagram, not a sequence diagram`);
    }
    console.log(`ok ${name}`);
  } catch (e) {
    failed++;
    console.error(`FAILED ${name}: ${String(e.message).split('\n').slice(0, 4).join(' | ')}`);
  }
}
console.log(`mermaid-check: ${texts.length - failed} of ${texts.length} parsed as sequence diagrams`);
if (failed > 0 || texts.length === 0) process.exitCode = 1;
