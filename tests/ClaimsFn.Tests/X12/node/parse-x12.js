// Parses X12 files with node-x12 in strict mode (an independent parser: envelope, counts and control
// numbers are checked by it, not by ClaimsFn) and prints what it read as JSON on stdout:
//   { files: [ { file, ok, error, interchanges: [ { header, trailer, groups: [ { header, trailer,
//       transactions: [ { header, trailer, segments: [[id, e1, e2, ...], ...] } ] } ] } ] } ] }
// Usage: node parse-x12.js FILE...   (exit code 0 even when a file fails: the JSON says which)
'use strict';
const fs = require('fs');
const path = require('path');
const { X12Parser } = require(path.join(__dirname, '..', '..', '..', '..', 'node_modules', 'node-x12'));

const seg = s => (s ? [s.tag, ...s.elements.map(e => e.value)] : null);

const files = process.argv.slice(2).map(file => {
  try {
    const parsed = new X12Parser(true).parse(fs.readFileSync(file, 'utf8'));
    const interchanges = parsed.interchanges ? parsed.interchanges : [parsed];
    return {
      file, ok: true, error: null,
      interchanges: interchanges.map(i => ({
        header: seg(i.header), trailer: seg(i.trailer),
        groups: i.functionalGroups.map(g => ({
          header: seg(g.header), trailer: seg(g.trailer),
          transactions: g.transactions.map(t => ({ header: seg(t.header), trailer: seg(t.trailer), segments: t.segments.map(seg) })),
        })),
      })),
    };
  } catch (e) {
    return { file, ok: false, error: String(e && e.message ? e.message : e), interchanges: [] };
  }
});
process.stdout.write(JSON.stringify({ files }));
