// Every keyboard shortcut of the app, in one list: the window's key handler (App.svelte) and the
// forms find theirs here by id, and the help panel (F1 or ?) shows this same list, so the panel
// cannot drift from what the keys do.

/** Where a shortcut works; the help panel shows one group for each, in this order. */
export type ShortcutPlace = "everywhere" | "forms" | "lists";
export const SHORTCUT_PLACES: readonly { place: ShortcutPlace; labelId: string }[] = [
  { place: "everywhere", labelId: "shortcuts-place-everywhere" },
  { place: "forms", labelId: "shortcuts-place-forms" },
  { place: "lists", labelId: "shortcuts-place-lists" },
];

export interface Shortcut {
  /** Stable name, used by the code that acts on it and as the panel line's `data-testid`. */
  name: string;
  place: ShortcutPlace;
  /** Fluent ids of the keys as the mediator reads them ("Ctrl+Maj+N"); several are alternatives. */
  keys: readonly { id: string }[];
  /** Fluent id of what the shortcut does. */
  labelId: string;
  /** The keys in the notation of `aria-keyshortcuts`, for the controls that do the same thing. */
  aria?: string;
  /**
   * Whether a key event is this shortcut. Shortcuts without one are the keys of a control
   * (arrows in a list, Space on a choice): that control reads them, the list only names them.
   */
  matches?: (event: KeyboardEvent) => boolean;
}

/** Whether the keyboard is typing text, where single keys ("/", "?") and Ctrl+Z belong to the field. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

function control(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey;
}

function chord(key: string, shift: boolean | "any" = false) {
  return (event: KeyboardEvent) =>
    control(event) && (shift === "any" || event.shiftKey === shift) && event.key.toLowerCase() === key;
}

function plain(event: KeyboardEvent): boolean {
  return !event.ctrlKey && !event.metaKey && !event.altKey;
}

export const SHORTCUTS: readonly Shortcut[] = [
  {
    name: "help",
    place: "everywhere",
    keys: [{ id: "shortcut-help" }, { id: "shortcut-help-question" }],
    labelId: "shortcuts-action-help",
    aria: "F1",
    // "?" is a character: typed into a field, it is text.
    matches: (event) => (event.key === "F1" && plain(event)) || (event.key === "?" && !event.ctrlKey && !event.metaKey && !isTyping(event.target)),
  },
  {
    name: "search",
    place: "everywhere",
    keys: [{ id: "shortcut-search" }, { id: "shortcut-search-slash" }],
    labelId: "shortcuts-action-search",
    aria: "Control+K",
    matches: (event) => chord("k", "any")(event) || (event.key === "/" && plain(event) && !isTyping(event.target)),
  },
  {
    name: "new-person",
    place: "everywhere",
    keys: [{ id: "shortcut-new" }],
    labelId: "shortcuts-action-new-person",
    aria: "Control+N",
    matches: chord("n"),
  },
  {
    // Works even while typing: a chord no text field, WebKitGTK or input method uses.
    name: "new-accompaniment",
    place: "everywhere",
    keys: [{ id: "shortcut-new-accompaniment" }],
    labelId: "shortcuts-action-new-accompaniment",
    aria: "Control+Shift+N",
    matches: chord("n", true),
  },
  {
    name: "follow-up",
    place: "everywhere",
    keys: [{ id: "shortcut-follow-up" }],
    labelId: "shortcuts-action-follow-up",
    aria: "Control+U",
    matches: chord("u"),
  },
  {
    name: "lock",
    place: "everywhere",
    keys: [{ id: "shortcut-lock" }],
    labelId: "shortcuts-action-lock",
    aria: "Control+L",
    matches: chord("l", "any"),
  },
  {
    // Outside text fields (where Ctrl+Z undoes typing), it undoes what the toast announces.
    name: "undo",
    place: "everywhere",
    keys: [{ id: "shortcut-undo" }],
    labelId: "shortcuts-action-undo",
    aria: "Control+Z",
    matches: (event) => chord("z", "any")(event) && !isTyping(event.target),
  },
  {
    name: "back",
    place: "everywhere",
    keys: [{ id: "shortcut-back" }],
    labelId: "shortcuts-action-back",
    aria: "Escape",
    matches: (event) => event.key === "Escape" && !event.ctrlKey && !event.metaKey,
  },
  {
    // In text areas Enter starts a new line: Ctrl+Enter saves in every form.
    name: "save",
    place: "forms",
    keys: [{ id: "shortcut-save" }],
    labelId: "shortcuts-action-save",
    aria: "Control+Enter",
    matches: (event) => event.key === "Enter" && (event.ctrlKey || event.metaKey),
  },
  { name: "next-field", place: "forms", keys: [{ id: "shortcut-tab" }], labelId: "shortcuts-action-next-field" },
  { name: "choices", place: "forms", keys: [{ id: "shortcut-arrows" }], labelId: "shortcuts-action-choices" },
  { name: "tick", place: "forms", keys: [{ id: "shortcut-space" }], labelId: "shortcuts-action-tick" },
  { name: "date-step", place: "forms", keys: [{ id: "shortcut-up-down" }], labelId: "shortcuts-action-date-step" },
  { name: "list-move", place: "lists", keys: [{ id: "shortcut-up-down" }], labelId: "shortcuts-action-list-move" },
  { name: "list-page", place: "lists", keys: [{ id: "shortcut-page" }], labelId: "shortcuts-action-list-page" },
  { name: "list-open", place: "lists", keys: [{ id: "shortcut-enter" }], labelId: "shortcuts-action-list-open" },
  { name: "search-clear", place: "lists", keys: [{ id: "shortcut-back" }], labelId: "shortcuts-action-search-clear" },
];

export function shortcut(name: string): Shortcut {
  const found = SHORTCUTS.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no shortcut ${name}`);
  return found;
}

/** Whether `event` is the shortcut `name` (one the list knows how to recognise). */
export function isShortcut(name: string, event: KeyboardEvent): boolean {
  return shortcut(name).matches?.(event) ?? false;
}

/** The shortcut among those that work everywhere that `event` is, if any. */
export function globalShortcutOf(event: KeyboardEvent): Shortcut | undefined {
  return SHORTCUTS.find((candidate) => candidate.place === "everywhere" && candidate.matches?.(event));
}

// The help panel's open state: App opens it, the panel closes it.
export const shortcutsHelp = $state<{ open: boolean }>({ open: false });
