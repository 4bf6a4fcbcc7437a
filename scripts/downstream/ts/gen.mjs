// Generates gen/schema.ts from the contract with openapi-typescript, the way
// a TypeScript consumer would: through its Node API, so that the upload's
// `format: binary` part is typed as a Blob (the CLI types it as a string).
// Any warning or error that openapi-typescript prints fails the generation.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error("usage: node gen.mjs CONTRACT OUTPUT");
  process.exit(2);
}

const complaints = [];
for (const level of ["warn", "error"]) {
  const print = console[level].bind(console);
  console[level] = (...args) => {
    complaints.push(args.join(" "));
    print(...args);
  };
}

const blob = ts.factory.createTypeReferenceNode("Blob");
const nullType = ts.factory.createLiteralTypeNode(ts.factory.createNull());
const ast = await openapiTS(pathToFileURL(resolve(input)), {
  transform(schema) {
    if (schema.format === "binary") {
      return schema.nullable ? ts.factory.createUnionTypeNode([blob, nullType]) : blob;
    }
    return undefined;
  },
});
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, astToString(ast));

if (complaints.length > 0) {
  console.error(`openapi-typescript printed ${complaints.length} warning(s) or error(s) about the contract`);
  process.exit(1);
}
const { version } = JSON.parse(readFileSync(new URL("node_modules/openapi-typescript/package.json", import.meta.url), "utf8"));
console.log(`openapi-typescript ${version}: ${input} -> ${output}`);
