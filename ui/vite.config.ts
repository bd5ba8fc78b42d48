import { fileURLToPath } from "node:url";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { defineConfig } from "vite";

// The Fluent files live in the repository's locales/ folder, shared with the Rust side.
const repositoryRoot = fileURLToPath(new URL("..", import.meta.url));

export default defineConfig({
  plugins: [svelte()],
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
