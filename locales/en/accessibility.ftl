# Accessibility: the keyboard shortcuts panel (F1 or ?), translated from locales/fr/accessibility.ftl.

shortcuts-open = Keyboard shortcuts
shortcuts-title = Keyboard shortcuts
shortcuts-intro = These keys do the work without the mouse.
shortcuts-close = Close
shortcuts-keys-either = { $first } or { $second }
shortcuts-place-everywhere = Everywhere
shortcuts-place-forms = In forms
shortcuts-place-lists = In lists and searches

## Keys

shortcut-help = F1
shortcut-help-question = ?
shortcut-search = Ctrl+K
shortcut-search-slash = /
shortcut-undo = Ctrl+Z
shortcut-tab = Tab
shortcut-arrows = Arrows
shortcut-space = Space
shortcut-up-down = ↑ ↓
shortcut-page = Page Up / Page Down
shortcut-enter = Enter

## Actions

shortcuts-action-help = Show this list of shortcuts
shortcuts-action-search = Find a person
shortcuts-action-new-person = New person
shortcuts-action-new-accompaniment = Record an accompaniment
shortcuts-action-follow-up = Open the “To follow up” list
shortcuts-action-lock = Lock the screen
shortcuts-action-undo = Undo the last action, when the message at the bottom offers “Undo”
shortcuts-action-back = Go back to the previous screen
shortcuts-action-save = Save the form
shortcuts-action-next-field = Go to the next section (Shift+Tab: the previous one)
shortcuts-action-choices = Move from one choice to the next in a group of choices
shortcuts-action-tick = Tick or untick the choice
shortcuts-action-date-step = In a date: next day or previous day
shortcuts-action-list-move = Move from one line to the next
shortcuts-action-list-page = Go down or up one page
shortcuts-action-list-open = Open the chosen line
shortcuts-action-search-clear = In a search: clear what is typed
