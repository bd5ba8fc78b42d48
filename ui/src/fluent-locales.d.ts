// The module vite.config.ts makes from locales/: each language's Fluent files, loaded on demand,
// already parsed (a FluentResource's body per file).
declare module "virtual:fluent-locales" {
  import type { ParsedFluent } from "./lib/fluent-parsed";
  const locales: Record<
    string,
    {
      /** Whether it has a ui.ftl: the interface can be shown in it. */
      interface: boolean;
      load: () => Promise<{ default: ParsedFluent[] }>;
    }
  >;
  export default locales;
}
