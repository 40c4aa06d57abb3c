// Copy the browser files sitrep serves from node_modules (installed by `npm ci` from package-lock.json)
// into sitrep/serve/static/vendor, and write MANIFEST.json (package versions, file hashes) so a test
// can tell that the committed copies are exactly what the lock file gives.
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, "node_modules");
const out = join(here, "..", "sitrep", "serve", "static", "vendor");

// package -> [source path inside the package, destination inside vendor/]
const files = {
  "leaflet": [["dist/leaflet.js", "leaflet/leaflet.js"], ["dist/leaflet.css", "leaflet/leaflet.css"],
              ["dist/images", "leaflet/images"], ["LICENSE", "leaflet/LICENSE"]],
  "leaflet.markercluster": [["dist/leaflet.markercluster.js", "markercluster/leaflet.markercluster.js"],
                            ["dist/MarkerCluster.css", "markercluster/MarkerCluster.css"],
                            ["dist/MarkerCluster.Default.css", "markercluster/MarkerCluster.Default.css"],
                            ["MIT-LICENCE.txt", "markercluster/LICENSE"]],
  "topojson-client": [["dist/topojson-client.min.js", "topojson/topojson-client.min.js"],
                      ["LICENSE", "topojson/LICENSE"]],
  "world-atlas": [["countries-50m.json", "world-atlas/countries-50m.json"], ["LICENSE", "world-atlas/LICENSE"]],
  "swagger-ui-dist": [["swagger-ui-bundle.js", "swagger-ui/swagger-ui-bundle.js"],
                      ["swagger-ui.css", "swagger-ui/swagger-ui.css"], ["LICENSE", "swagger-ui/LICENSE"]],
};

function walk(path) {
  return statSync(path).isDirectory() ? readdirSync(path).sort().flatMap((n) => walk(join(path, n))) : [path];
}

rmSync(out, { recursive: true, force: true });
const manifest = { packages: {}, files: {} };
for (const [pkg, pairs] of Object.entries(files)) {
  manifest.packages[pkg] = JSON.parse(readFileSync(join(modules, pkg, "package.json"), "utf8")).version;
  for (const [src, dest] of pairs) {
    mkdirSync(dirname(join(out, dest)), { recursive: true });
    cpSync(join(modules, pkg, src), join(out, dest), { recursive: true });
  }
}
for (const f of walk(out)) {
  manifest.files[relative(out, f).split("\\").join("/")] = createHash("sha256").update(readFileSync(f)).digest("hex");
}
writeFileSync(join(out, "MANIFEST.json"), JSON.stringify(manifest, null, 1) + "\n");
console.log(`vendored ${Object.keys(manifest.files).length} files into ${relative(process.cwd(), out)}`);
