import { mount } from "svelte";
import App from "./App.svelte";
import { loadStartLanguages } from "./lib/i18n.svelte";
import { noteStartupMoment } from "./lib/startup-probe";
import "./app.css";

const target = document.getElementById("app");
if (!target) throw new Error("the page has no #app element");

// The page's words first: French and the interface language, each a chunk of its own.
noteStartupMoment("script-runs");
await loadStartLanguages();
noteStartupMoment("languages-loaded");

export default mount(App, { target });
noteStartupMoment("app-mounted");
