#!/usr/bin/env node
// The requirement set of every member of the Word and Excel classes, read from the
// "[Api set: …]" annotations of @types/office-js. Writes test/doubles/api-sets.json, which
// the strict test doubles and the adapter scan (test/office-api.test.ts) read; that test
// fails when the file differs from what this script makes of the installed typings.
//   node scripts/office-api-sets.js          writes the file
"use strict";
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

const ROOT = path.join(__dirname, "..");
const TYPINGS = path.join(ROOT, "node_modules/@types/office-js/index.d.ts");
const OUT = path.join(ROOT, "test/doubles/api-sets.json");
const HOSTS = ["Word", "Excel"];

/**
 * "[Api set: ExcelApi 1.1 for reading visibility; 1.2 for setting it.]" → get "ExcelApi 1.1",
 * set "ExcelApi 1.2"; "[Api set: WordApi 1.3]" → both "WordApi 1.3". Undefined without one.
 */
function parseApiSet(doc) {
  const m = /\[Api set: (\w+) (\d+\.\d+)([^\]]*)\]/.exec(doc);
  if (!m) return undefined;
  const get = `${m[1]} ${m[2]}`;
  const setter = /(\d+\.\d+) for sett/.exec(m[3]);
  return { get, set: setter ? `${m[1]} ${setter[1]}` : get };
}

function lower(a, b) {
  if (!a) return b;
  const [na, va] = a.split(" ");
  const [nb, vb] = b.split(" ");
  if (na !== nb) return a;
  const [xa, ya] = va.split(".").map(Number);
  const [xb, yb] = vb.split(".").map(Number);
  return xb < xa || (xb === xa && yb < ya) ? b : a;
}

/** { "Excel.Range.getRangeByIndexes": "ExcelApi 1.7", "Excel.Worksheet.visibility=": "ExcelApi 1.2", … } */
function apiSets(source) {
  const file = ts.createSourceFile("index.d.ts", source, ts.ScriptTarget.Latest, true);
  const out = {};
  const visitNamespace = (host, body) => {
    for (const statement of body.statements) {
      if (!ts.isClassDeclaration(statement) || !statement.name) continue;
      const cls = `${host}.${statement.name.text}`;
      for (const member of statement.members) {
        if (!member.name || !ts.isIdentifier(member.name)) continue;
        const docs = (member.jsDoc || []).map((d) => d.getText()).join("\n");
        const sets = parseApiSet(docs);
        if (!sets) continue;
        const key = `${cls}.${member.name.text}`;
        out[key] = lower(out[key], sets.get);
        if (sets.set !== sets.get && !ts.isMethodDeclaration(member)) out[`${key}=`] = sets.set;
      }
    }
  };
  const visit = (node) => {
    if (
      ts.isModuleDeclaration(node) &&
      HOSTS.includes(node.name.text) &&
      node.body &&
      ts.isModuleBlock(node.body)
    )
      visitNamespace(node.name.text, node.body);
    else if (ts.isSourceFile(node)) node.statements.forEach(visit);
  };
  visit(file);
  return Object.fromEntries(Object.keys(out).sort().map((k) => [k, out[k]]));
}

function generated() {
  return JSON.stringify(apiSets(fs.readFileSync(TYPINGS, "utf8")), null, 1) + "\n";
}

module.exports = { apiSets, parseApiSet, generated, OUT };

if (require.main === module) {
  fs.writeFileSync(OUT, generated());
  console.log(`${OUT}: ${Object.keys(JSON.parse(fs.readFileSync(OUT, "utf8"))).length} members`);
}
