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
