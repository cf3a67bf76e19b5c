// Writes about N MB (10^6 bytes of UTF-8 text, default 10) of news as JSONL {"id","text","date"} to stdout:
// the GUM news and interview documents of the test data (CC BY; see tests/Attribution.Tests/Data/gum/LICENSE.txt)
// repeated in order, each copy with its own id. Deterministic, so every run times the same input.
'use strict';
const fs = require('fs');

const [gumPath, megabytesArg] = process.argv.slice(2);
const targetBytes = Number(megabytesArg || 10) * 1e6;
const gum = fs.readFileSync(gumPath, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line));

const lines = [];
let bytes = 0;
for (let copy = 0; bytes < targetBytes; copy++) {
  for (const doc of gum) {
    if (bytes >= targetBytes) break;
    const line = { id: `${doc.id}-${copy}`, text: doc.text };
    if (doc.date) line.date = doc.date.slice(0, 10);
    lines.push(JSON.stringify(line));
    bytes += Buffer.byteLength(doc.text, 'utf8');
  }
}

fs.writeFileSync(1, lines.join('\n') + '\n');
process.stderr.write(`${lines.length} documents, ${bytes} bytes of text\n`);
