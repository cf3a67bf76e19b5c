// The baseline the issue compares against: wink-nlp (with wink-eng-lite-web-model) tokenizes and splits
// sentences of every document of a JSONL file ({"id","text"} lines) and writes one JSON line per document
// with its sentences and token count, as `attribution sentences` writes its sentences. Only the tokenizer and
// sentence boundary detection run: the model's other pipes (POS, NER, negation, sentiment) are switched off.
'use strict';
const fs = require('fs');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');

const nlp = winkNLP(model, ['sbd']);
const its = nlp.its;

const input = fs.readFileSync(process.argv[2], 'utf8');
const out = fs.openSync(process.argv[3] || '/dev/null', 'w');
let chunk = [];
let chunkLength = 0;
const flushAt = 1 << 20;

for (const line of input.split('\n')) {
  if (line.trim() === '') continue;
  const { id, text } = JSON.parse(line);
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens().out(its.value).length;
  const sentences = doc.sentences().out(its.span).map(([start, end]) => ({ start, end }));
  const record = JSON.stringify({ id, tokens, sentences });
  chunk.push(record);
  chunkLength += record.length;
  if (chunkLength >= flushAt) {
    fs.writeSync(out, chunk.join('\n') + '\n');
    chunk = [];
    chunkLength = 0;
  }
}

if (chunk.length > 0) fs.writeSync(out, chunk.join('\n') + '\n');
fs.closeSync(out);
