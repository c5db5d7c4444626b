// Bundles the editor into one file under the package's static folder (run by `make install`).
import { build } from "esbuild";

await build({
  entryPoints: ["editor.js"],
  bundle: true,
  minify: true,
  format: "iife",
  outfile: "../src/offerloop/web/static/vendor/editor.js",
  logLevel: "warning",
});

// Mermaid (diagrams on the system design page) ships a ready browser build: copied as it is.
const { copyFileSync } = await import("node:fs");
copyFileSync("node_modules/mermaid/dist/mermaid.min.js", "../src/offerloop/web/static/vendor/mermaid.min.js");

// Swagger UI (the /docs page) ships a ready browser build too: its script, style sheet and icon.
const { mkdirSync } = await import("node:fs");
mkdirSync("../src/offerloop/web/static/vendor/swagger-ui", { recursive: true });
for (const name of ["swagger-ui-bundle.js", "swagger-ui.css", "favicon-32x32.png"]) {
  copyFileSync(`node_modules/swagger-ui-dist/${name}`, `../src/offerloop/web/static/vendor/swagger-ui/${name}`);
}
