// Times node-x12 (strict) parsing the given X12 file, for the X12 benchmark's ratio. Prints one JSON line:
// { file, bytes, runs, seconds, mbPerSecond }. Usage: node parse-timing.js FILE [MIN_SECONDS]
'use strict';
const fs = require('fs');
const path = require('path');
const { X12Parser } = require(path.join(__dirname, '..', '..', '..', 'node_modules', 'node-x12'));

const file = process.argv[2];
const minSeconds = Number(process.argv[3] || 2);
const text = fs.readFileSync(file, 'utf8');
new X12Parser(true).parse(text); // warm-up (and proof that it parses)
let runs = 0;
const start = process.hrtime.bigint();
let elapsed = 0;
while (elapsed < minSeconds) {
  new X12Parser(true).parse(text);
  runs++;
  elapsed = Number(process.hrtime.bigint() - start) / 1e9;
}
const bytes = Buffer.byteLength(text, 'utf8');
process.stdout.write(JSON.stringify({ file, bytes, runs, seconds: elapsed, mbPerSecond: (bytes * runs) / elapsed / 1e6 }) + '\n');
