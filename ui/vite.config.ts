import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { defineConfig, type Plugin } from "vite";

// The Fluent files live in the repository's locales/ folder, shared with the Rust side.
const repositoryRoot = fileURLToPath(new URL("..", import.meta.url));
const localesFolder = fileURLToPath(new URL("../locales", import.meta.url));

/**
 * `virtual:fluent-locales`: every language of locales/ (a new folder is a new language), each
 * one's Fluent files as a chunk of its own, loaded when the window needs that language. The
 * window starts with French and the interface language only: the twelve languages bundled
 * together made the page's script 1.9 MB, parsed and kept in memory at every start.
 */
function fluentLocales(): Plugin {
  const listId = "virtual:fluent-locales";
  const languagePrefix = "virtual:fluent-locale/";
  const ftlFiles = (language: string) =>
    readdirSync(`${localesFolder}/${language}`).filter((name) => name.endsWith(".ftl")).sort();
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
        const sources = ftlFiles(language).map((name) => {
          const path = `${localesFolder}/${language}/${name}`;
          this.addWatchFile(path);
          return readFileSync(path, "utf8");
        });
        return `export default ${JSON.stringify(sources)};\n`;
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
