import { mount } from "svelte";
import App from "./App.svelte";
import { prepareDateFormat } from "./lib/format";
import { loadStartLanguages } from "./lib/i18n.svelte";
import { noteStartupMoment } from "./lib/startup-probe";
import { askStartEarly, startAnswered } from "./lib/start";
import "./app.css";

// The longest the window stays blank waiting for the core's first answers before it shows
// "Loading…" (the store is still opening: a slow keyring, an old disk).
const START_PATIENCE_MS = 150;

const target = document.getElementById("app");
if (!target) throw new Error("the page has no #app element");

// The status and the list's first page travel while the page's words load (French and the
// interface language, each a chunk of its own); the app is mounted once all are there.
noteStartupMoment("script-runs");
askStartEarly();
const languagesLoaded = loadStartLanguages();
// While those answers travel: the date formatter the list's rows need (lib/format.ts).
prepareDateFormat();
await languagesLoaded;
noteStartupMoment("languages-loaded");
await startAnswered(START_PATIENCE_MS);
noteStartupMoment("start-answered");

export default mount(App, { target });
noteStartupMoment("app-mounted");
