// Which screen is shown. Plain state, no router: the app has a handful of screens and no URL bar.

export type Route =
  | { name: "list" }
  | { name: "file"; id: string }
  | { name: "new" }
  | { name: "edit"; id: string }
  | { name: "record"; id?: string }
  | { name: "workshop"; id?: string }
  /** Correcting an accompaniment or a workshop (`id`), opened from the file of `personId`. */
  | { name: "edit-activity"; id: string; personId?: string }
  | { name: "security" }
  | { name: "settings" }
  | { name: "audit" }
  | { name: "start-procedure"; id: string }
  | { name: "procedure"; id: string; beneficiaryId: string; back?: Route }
  | { name: "follow-up" }
  | { name: "statistics" }
  | { name: "exports" }
  | { name: "import-people" }
  | { name: "catalogue"; back?: Route };

export const navigation = $state<{
  route: Route;
  /** Counts the navigations: the window moves the focus to the new screen after each one. */
  serial: number;
  /** A CSS selector of what gets the focus on the new screen, instead of its heading. */
  focus: string | null;
}>({ route: { name: "list" }, serial: 0, focus: null });

/** Where Escape and the back button lead from each screen. */
export function parentOf(route: Route): Route | null {
  switch (route.name) {
    case "list":
      return null;
    case "new":
    case "file":
    case "security":
    case "settings":
      return { name: "list" };
    case "edit":
      return { name: "file", id: route.id };
    case "record":
    case "workshop":
      // Back to the file it was opened from, else to the list.
      return route.id ? { name: "file", id: route.id } : { name: "list" };
    case "edit-activity":
      return route.personId ? { name: "file", id: route.personId } : { name: "list" };
    case "audit":
      return { name: "security" };
    case "start-procedure":
      return { name: "file", id: route.id };
    case "procedure":
      return route.back ?? { name: "file", id: route.beneficiaryId };
    case "follow-up":
    case "statistics":
    case "exports":
    case "import-people":
      return { name: "list" };
    case "catalogue":
      return route.back ?? { name: "security" };
  }
}

// A form with unsaved changes registers a guard; leaving it then asks first.
let unsavedChanges: (() => boolean) | null = null;

export function guardUnsavedChanges(hasChanges: () => boolean): () => void {
  unsavedChanges = hasChanges;
  return () => {
    if (unsavedChanges === hasChanges) unsavedChanges = null;
  };
}

// The "leave without saving?" question, answered by the ConfirmLeave dialog.
export const leaveQuestion = $state<{ open: boolean }>({ open: false });
let answer: ((leave: boolean) => void) | null = null;

function askToLeave(): Promise<boolean> {
  leaveQuestion.open = true;
  return new Promise((resolve) => {
    answer = resolve;
  });
}

export function answerLeaveQuestion(leave: boolean): void {
  leaveQuestion.open = false;
  answer?.(leave);
  answer = null;
}

/**
 * Shows `route`, after asking when the current form has unsaved changes (unless `force`). The
 * focus then goes to the new screen's heading, or to `focus` (a CSS selector) for a shortcut
 * whose purpose is to type at once (Ctrl+K into the search).
 */
export async function navigate(route: Route, options: { force?: boolean; focus?: string } = {}): Promise<boolean> {
  if (!options.force && unsavedChanges?.()) {
    if (leaveQuestion.open || !(await askToLeave())) return false;
  }
  unsavedChanges = null;
  navigation.route = route;
  navigation.focus = options.focus ?? null;
  navigation.serial += 1;
  return true;
}

export function goBack(): Promise<boolean> {
  const parent = parentOf(navigation.route);
  return parent ? navigate(parent) : Promise.resolve(false);
}
