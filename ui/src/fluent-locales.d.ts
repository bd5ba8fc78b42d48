// The module vite.config.ts makes from locales/: each language's Fluent files, loaded on demand.
declare module "virtual:fluent-locales" {
  const locales: Record<
    string,
    {
      /** Whether it has a ui.ftl: the interface can be shown in it. */
      interface: boolean;
      load: () => Promise<{ default: string[] }>;
    }
  >;
  export default locales;
}
