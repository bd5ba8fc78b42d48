import { deepStrictEqual } from "node:assert";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { FluentResource } from "@fluent/bundle";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { defineConfig, type Plugin } from "vite";
import { resourceFromParsed } from "./src/lib/fluent-parsed";

// The Fluent files live in the repository's locales/ folder, shared with the Rust side.
const repositoryRoot = fileURLToPath(new URL("..", import.meta.url));
const localesFolder = fileURLToPath(new URL("../locales", import.meta.url));

// Files the window never reads: the command line's help and messages (every id there starts
// with "cli-", and the window asks for none), 28 kB of French parsed at each start for nothing.
const NOT_FOR_THE_WINDOW = new Set(["cli.ftl"]);

/**
 * `virtual:fluent-locales`: every language of locales/ (a new folder is a new language), each
 * one's Fluent files as a chunk of its own, loaded when the window needs that language. The
 * window starts with French and the interface language only: the twelve languages bundled
 * together made the page's script 1.9 MB, parsed and kept in memory at every start.
 *
 * A chunk holds its files already parsed, by the same @fluent/bundle parser the window would
 * use, as JSON: reading JSON is native to the web engine, where parsing Fluent text ran as
 * script on the window's start (about 10 ms of a two-core laptop for French).
 */
function fluentLocales(): Plugin {
  const listId = "virtual:fluent-locales";
  const languagePrefix = "virtual:fluent-locale/";
  const ftlFiles = (language: string) =>
    readdirSync(`${localesFolder}/${language}`)
      .filter((name) => name.endsWith(".ftl") && !NOT_FOR_THE_WINDOW.has(name))
      .sort();
  return {
    name: "escale-fluent-locales",
    resolveId(id) {
      return id === listId || id.startsWith(languagePrefix) ? `\0${id}` : undefined;
    },
    load(id) {
      if (id === `\0${listId}`) {
        this.addWatchFile(localesFolder);
        const languages = readdirSync(localesFolder, { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => entry.name)
          .sort();
        const entries = languages.map(
          (language) =>
            `${JSON.stringify(language)}: { interface: ${ftlFiles(language).includes("ui.ftl")}, ` +
            `load: () => import(${JSON.stringify(languagePrefix + language)}) }`,
        );
        return `export default {\n${entries.join(",\n")}\n};\n`;
      }
      if (id.startsWith(`\0${languagePrefix}`)) {
        const language = id.slice(`\0${languagePrefix}`.length);
        const bodies = ftlFiles(language).map((name) => {
          const path = `${localesFolder}/${language}/${name}`;
          this.addWatchFile(path);
          const body = new FluentResource(readFileSync(path, "utf8")).body;
          // The parsed form must come back whole from JSON, or the window would format another text.
          const readBack = resourceFromParsed(JSON.parse(JSON.stringify(body))).body;
          deepStrictEqual(readBack, body, `${language}/${name}: parsed Fluent that JSON changes`);
          return body;
        });
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(bodies))});\n`;
      }
      return undefined;
    },
  };
}

export default defineConfig({
  plugins: [svelte(), fluentLocales()],
  // Tauri serves dist/ from its own protocol; relative URLs work there and from a file.
  base: "./",
  clearScreen: false,
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // The smallest thing that runs: no source maps in the shipped bundle.
    sourcemap: false,
  },
  server: {
    port: 1420,
    strictPort: true,
    fs: { allow: [repositoryRoot] },
  },
});
