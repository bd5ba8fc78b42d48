import { mount } from "svelte";
import App from "./App.svelte";
import { loadStartLanguages } from "./lib/i18n.svelte";
import "./app.css";

const target = document.getElementById("app");
if (!target) throw new Error("the page has no #app element");

// The page's words first: French and the interface language, each a chunk of its own.
await loadStartLanguages();

export default mount(App, { target });
