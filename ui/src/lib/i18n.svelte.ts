// Every word the mediator reads comes from Fluent: the shared files in locales/<lang>/*.ftl
// (vocabulary, errors, ui…; not cli.ftl, see vite.config.ts) all go in one bundle per language,
// with French as fallback.
// A language's files are loaded when the window first needs it (`loadLanguage`): at start,
// French and the interface language only.

import { FluentBundle, FluentNumber, type FluentVariable } from "@fluent/bundle";
import { resourceFromParsed, type ParsedFluent } from "./fluent-parsed";
import locales from "virtual:fluent-locales";
import { DOCUMENT_LANGUAGES, INTL_LOCALES, RIGHT_TO_LEFT_LANGUAGES } from "../generated/vocabulary";
import type { ErrorDto } from "../generated/types";

const REFERENCE_LANGUAGE = "fr";
const STORAGE_KEY = "escale.interfaceLanguage";

const sourcesByLanguage = new Map<string, ParsedFluent[]>();
const loading = new Map<string, Promise<void>>();

/** Loads the Fluent files of `language` (nothing for a language without files). */
function loadLanguage(language: string): Promise<void> {
  const locale = locales[language];
  if (!locale || sourcesByLanguage.has(language)) return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    pending = locale.load().then((module) => {
      sourcesByLanguage.set(language, module.default);
    });
    // A failed load may be tried again.
    pending.catch(() => loading.delete(language));
    loading.set(language, pending);
  }
  return pending;
}

const bundles = new Map<string, FluentBundle>();

function bundleFor(language: string): FluentBundle | undefined {
  const cached = bundles.get(language);
  if (cached) return cached;
  const sources = sourcesByLanguage.get(language);
  if (!sources) return undefined;
  // The core's locale tag, so that numbers in messages take the digits the rest of the window uses.
  const bundle = new FluentBundle(INTL_LOCALES[language] ?? language, { useIsolating: true });
  for (const body of sources) {
    const errors = bundle.addResource(resourceFromParsed(body));
    for (const error of errors) console.warn(`Fluent (${language}):`, error.message);
  }
  bundles.set(language, bundle);
  return bundle;
}

function ordered(languages: Iterable<string>): string[] {
  const order = (language: string) => {
    const index = DOCUMENT_LANGUAGES.indexOf(language);
    return index < 0 ? DOCUMENT_LANGUAGES.length : index;
  };
  return [...languages].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
}

/** Interface languages: those with a ui.ftl file. */
export const INTERFACE_LANGUAGES: readonly string[] = ordered(
  Object.keys(locales).filter((language) => locales[language].interface),
);

function isSelectable(language: string): boolean {
  return INTERFACE_LANGUAGES.includes(language);
}

function storedLanguage(): string {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored && isSelectable(stored)) return stored;
  } catch {
    // No storage (private mode…): French.
  }
  return REFERENCE_LANGUAGE;
}

// `shown`: the language the whole window is shown in for a while instead of the interface
// language — the person's, while the screen is turned toward them. Never remembered.
const locale = $state<{ language: string; shown: string | null }>({ language: storedLanguage(), shown: null });

/** The language chosen for the interface (the mediator's, even while the window shows another). */
export function interfaceLanguage(): string {
  return locale.language;
}

/**
 * The language the text is in: the one the window is shown in for a while (the person's), else
 * the chosen one (each message falls back to French on its own).
 */
export function textLanguage(): string {
  return locale.shown ?? locale.language;
}

export function isRightToLeft(language: string): boolean {
  return RIGHT_TO_LEFT_LANGUAGES.includes(language);
}

/**
 * The BCP 47 tag for Intl (dates, numbers), the core's: British English for a French context,
 * always the Gregorian calendar, and digits pinned per language so that the window writes what
 * the CLI and the printed papers write (see `intl_locale_tag` in the core's i18n.rs).
 */
export function intlLocale(): string {
  const language = textLanguage();
  return INTL_LOCALES[language] ?? `${language}-u-ca-gregory`;
}

function applyToDocument(): void {
  const root = document.documentElement;
  root.lang = textLanguage();
  root.dir = isRightToLeft(textLanguage()) ? "rtl" : "ltr";
}

/**
 * Shows the whole window in `language` (text, dates, direction) until called with null, which
 * brings back the interface language; the interface language itself is not changed. A language
 * without Fluent files is shown in French.
 */
export async function showWindowIn(language: string | null): Promise<void> {
  const shown = language === null ? null : language in locales ? language : REFERENCE_LANGUAGE;
  if (shown !== null) await loadLanguage(shown);
  locale.shown = shown;
  applyToDocument();
}

/** Loads what the window shows first: French (every message's fallback) and the interface language. */
export function loadStartLanguages(): Promise<void> {
  return Promise.all([loadLanguage(REFERENCE_LANGUAGE), loadLanguage(locale.language)]).then(() => undefined);
}

let latestChoice = "";

export async function setInterfaceLanguage(language: string): Promise<void> {
  if (!isSelectable(language)) return;
  latestChoice = language;
  await loadLanguage(language);
  // Chosen again meanwhile: the last choice wins, whichever language loaded first.
  if (latestChoice !== language) return;
  locale.language = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered, still applied.
  }
  applyToDocument();
}

applyToDocument();

export type Arguments = Record<string, FluentVariable>;

function chainOf(language: string): string[] {
  return language === REFERENCE_LANGUAGE ? [REFERENCE_LANGUAGE] : [language, REFERENCE_LANGUAGE];
}

function chain(): string[] {
  return chainOf(textLanguage());
}

function format(id: string, args?: Arguments, languages: string[] = chain()): string | undefined {
  for (const language of languages) {
    const bundle = bundleFor(language);
    const message = bundle?.getMessage(id);
    if (!bundle || !message?.value) continue;
    const errors: Error[] = [];
    const text = bundle.formatPattern(message.value, args, errors);
    for (const error of errors) console.warn(`Fluent ${id}:`, error.message);
    return text;
  }
  return undefined;
}

/** The translated message `id`. Reactive: re-read when the interface language changes. */
export function t(id: string, args?: Arguments): string {
  const text = format(id, args);
  if (text === undefined) {
    console.warn(`missing Fluent message ${id}`);
    return id;
  }
  return text;
}

/**
 * The message `id` in `language` rather than the window's (French where it lacks it): what the
 * mediator reads while the window is shown in the person's language.
 */
export function tIn(language: string, id: string, args?: Arguments): string {
  const text = format(id, args, chainOf(language));
  if (text === undefined) {
    console.warn(`missing Fluent message ${id}`);
    return id;
  }
  return text;
}

/** Whether a message exists in the chosen language or in French. */
export function hasMessage(id: string): boolean {
  return chain().some((language) => bundleFor(language)?.hasMessage(id) ?? false);
}

/** A vocabulary label: `<prefix>-<code>` (e.g. theme-email). */
export function label(prefix: string, code: string): string {
  const id = `${prefix}-${code}`;
  return hasMessage(id) ? keepsItsDirection(t(id)) : code;
}

const RIGHT_TO_LEFT_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const FIRST_STRONG_LETTER = /[A-Za-z\u00C0-\u024F\u0370-\u052F\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const RIGHT_TO_LEFT_MARK = "\u200F";

/**
 * A translated label such as "CAF — دخل التضامن النشط (RSA)" starts with a Latin acronym. Put
 * inside a sentence, Fluent isolates it (FSI), and the isolate takes the direction of its first
 * letter: left to right, which reverses the Arabic label's parts. An invisible right-to-left mark
 * in front makes the label keep the direction of its language wherever it is inserted.
 */
function keepsItsDirection(text: string): string {
  if (!isRightToLeft(textLanguage()) || !RIGHT_TO_LEFT_LETTER.test(text)) return text;
  const first = FIRST_STRONG_LETTER.exec(text);
  return first && !RIGHT_TO_LEFT_LETTER.test(first[0]) ? RIGHT_TO_LEFT_MARK + text : text;
}

/** The name of a language in that language, for pickers (the code if unknown). */
export function nativeLanguageName(code: string): string {
  return hasMessage(`language-native-${code}`) ? t(`language-native-${code}`) : code;
}

/**
 * A language for a picker: its own name, and in the interface language too when that differs,
 * so a mediator can find "العربية" without reading Arabic.
 */
export function languageChoiceLabel(code: string): string {
  const native = nativeLanguageName(code);
  const name = hasMessage(`language-${code}`) ? t(`language-${code}`) : code;
  return native === name ? native : t("language-choice", { native, name });
}

/** An error from the core, as a sentence for the mediator (in `language` when given). */
export function errorText(error: ErrorDto, language?: string): string {
  const languages = language ? chainOf(language) : chain();
  const translate = (id: string, args?: Arguments) => (language ? tIn(language, id, args) : t(id, args));
  const id = `error-${error.code}`;
  if (!languages.some((candidate) => bundleFor(candidate)?.hasMessage(id))) return translate("error-unexpected");
  return translate(id, countsAsNumbers(error.arguments));
}

/**
 * Error arguments come as text; a whole number written canonically becomes a number so that
 * plural selectors choose their variant (as the core's localizer does). Codes with leading zeros
 * stay text, and numbers are shown without grouping, as typed.
 */
function countsAsNumbers(args: Record<string, string>): Arguments {
  const converted: Arguments = {};
  for (const [name, value] of Object.entries(args)) {
    converted[name] = /^-?(0|[1-9][0-9]{0,14})$/.test(value)
      ? new FluentNumber(Number(value), { useGrouping: false })
      : value;
  }
  return converted;
}
