// Writes the list of the Rust crates and JavaScript packages compiled into Escale's two programs,
// each with its licence and the licence files its authors ship, for /usr/share/doc/escale/.
// Their licences (MIT, BSD, Apache-2.0, OFL…) ask that the notice travels with the binaries.
//   node packaging/third-party-licenses.mjs OUTPUT_FILE
// Run by scripts/package.sh after the build, so every crate's source is already on disk.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const repository = fileURLToPath(new URL("..", import.meta.url));
const output = process.argv[2];
if (!output) throw new Error("usage: node packaging/third-party-licenses.mjs OUTPUT_FILE");

// The programs shipped in the package; their normal dependencies are what the binaries contain.
const shippedPrograms = ["escale-desktop", "escale-cli"];
const licenceFileName = /^(licen[cs]e|copying|notice|copyright|unlicense)/i;

function licenceTexts(folder, withSubfolders = false) {
  let names;
  try {
    names = readdirSync(folder).filter((name) => licenceFileName.test(name)).sort();
  } catch {
    return [];
  }
  const files = names.flatMap((name) => {
    try {
      return [{ name, text: readFileSync(join(folder, name), "utf8").trim() }];
    } catch {
      return []; // a folder named LICENSES, or an unreadable file: the licence field still says it
    }
  });
  if (!withSubfolders) return files;
  // Crates that carry a C library's source (openssl-src, sqlcipher-src) keep its licence beside it.
  const subfolders = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  return files.concat(
    subfolders.flatMap((entry) =>
      licenceTexts(join(folder, entry.name)).map((file) => ({ ...file, name: `${entry.name}/${file.name}` })),
    ),
  );
}

function rustCrates() {
  const metadata = JSON.parse(
    execFileSync(
      "cargo",
      ["metadata", "--locked", "--format-version", "1", "--filter-platform", "x86_64-unknown-linux-gnu"],
      { cwd: repository, maxBuffer: 256 * 1024 * 1024 },
    ),
  );
  const packages = new Map(metadata.packages.map((p) => [p.id, p]));
  const nodes = new Map(metadata.resolve.nodes.map((n) => [n.id, n]));
  const members = new Set(metadata.workspace_members);
  const isProcMacro = (p) => p.targets.some((t) => t.kind.includes("proc-macro"));
  // Build scripts and procedural macros run at compile time only: their code is not shipped,
  // except the C libraries that the "-src" crates hand to a build script (OpenSSL, SQLCipher),
  // which are compiled and linked statically.
  const vendorsCode = (p) => p.name.endsWith("-src");
  const seen = new Set();
  const queue = metadata.packages.filter((p) => shippedPrograms.includes(p.name) && members.has(p.id)).map((p) => p.id);
  while (queue.length) {
    const id = queue.pop();
    if (seen.has(id)) continue;
    seen.add(id);
    for (const dependency of nodes.get(id).deps) {
      const target = packages.get(dependency.pkg);
      const normal = dependency.dep_kinds.some((kind) => kind.kind === null);
      const vendored = dependency.dep_kinds.some((kind) => kind.kind === "build") && vendorsCode(target);
      if ((normal && !isProcMacro(target)) || vendored) queue.push(dependency.pkg);
    }
  }
  return [...seen]
    .filter((id) => !members.has(id))
    .map((id) => packages.get(id))
    .map((p) => ({
      name: p.name,
      version: p.version,
      licence: p.license ?? (p.license_file ? `see ${p.license_file}` : "not declared"),
      source: p.repository ?? "",
      files: licenceTexts(dirname(p.manifest_path), vendorsCode(p)),
    }));
}

function javascriptPackages() {
  // What Vite bundles into the interface: the UI's runtime dependencies and Svelte's client
  // runtime (the compiled components import it; svelte is a devDependency only because the
  // compiler lives in the same package).
  const lock = JSON.parse(readFileSync(join(repository, "ui/package-lock.json"), "utf8"));
  const bundled = Object.entries(lock.packages)
    .filter(([path, entry]) => path && !entry.dev)
    .map(([path]) => path)
    .concat(["node_modules/svelte", "node_modules/esm-env", "node_modules/clsx"]);
  return [...new Set(bundled)].map((path) => {
    const entry = lock.packages[path];
    return {
      name: path.replace(/^.*node_modules\//, ""),
      version: entry.version,
      licence: entry.license ?? "not declared",
      source: "npm",
      files: licenceTexts(join(repository, "ui", path)),
    };
  });
}

const crates = rustCrates();
const scripts = javascriptPackages();
const everything = [...crates, ...scripts].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));

// Many crates ship the very same Apache-2.0 text: each distinct text is written once and named.
const textIds = new Map();
const lines = [
  "Third-party software compiled into Escale (escale-desktop and escale)",
  "",
  `${crates.length} Rust crates and ${scripts.length} JavaScript packages. Each is listed with the licence`,
  "its authors declare and the licence files they ship; identical texts are printed once, at the end.",
  "",
];
const bodies = [];
for (const item of everything) {
  lines.push(`${item.name} ${item.version} — ${item.licence}${item.source ? ` — ${item.source}` : ""}`);
  for (const file of item.files) {
    let id = textIds.get(file.text);
    if (!id) {
      id = `[text ${textIds.size + 1}]`;
      textIds.set(file.text, id);
      bodies.push("", "=".repeat(78), id, "=".repeat(78), file.text);
    }
    lines.push(`    ${file.name}: ${id}`);
  }
}
writeFileSync(output, lines.concat(bodies).join("\n") + "\n");
console.log(`third-party licences: ${crates.length} crates, ${scripts.length} JS packages, ${textIds.size} distinct texts → ${output}`);
