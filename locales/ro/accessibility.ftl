# Accessibility: the keyboard shortcuts panel (F1 or ?), translated from locales/fr/accessibility.ftl.

shortcuts-open = Comenzi rapide de la tastatură
shortcuts-title = Comenzi rapide de la tastatură
shortcuts-intro = Aceste taste fac treaba fără mouse.
shortcuts-close = Închideți
shortcuts-keys-either = { $first } sau { $second }
shortcuts-place-everywhere = Peste tot
shortcuts-place-forms = În formulare
shortcuts-place-lists = În liste și căutări

## Keys

shortcut-help = F1
shortcut-help-question = ?
shortcut-search = Ctrl+K
shortcut-search-slash = /
shortcut-undo = Ctrl+Z
shortcut-tab = Tab
shortcut-arrows = Săgeți
shortcut-space = Spațiu
shortcut-up-down = ↑ ↓
shortcut-page = Page Up / Page Down
shortcut-enter = Enter

## Actions

shortcuts-action-help = Afișați această listă de comenzi rapide
shortcuts-action-search = Căutați o persoană
shortcuts-action-new-person = Persoană nouă
shortcuts-action-new-accompaniment = Înregistrați un sprijin
shortcuts-action-follow-up = Deschideți lista „De urmărit”
shortcuts-action-lock = Blocați ecranul
shortcuts-action-undo = Anulați ultima acțiune, când mesajul de jos propune „Anulați”
shortcuts-action-back = Reveniți la ecranul anterior
shortcuts-action-save = Salvați formularul
shortcuts-action-next-field = Treceți la secțiunea următoare (Shift+Tab: cea anterioară)
shortcuts-action-choices = Treceți de la o opțiune la alta într-un grup
shortcuts-action-tick = Bifați sau debifați opțiunea
shortcuts-action-date-step = Într-o dată: ziua următoare sau ziua anterioară
shortcuts-action-list-move = Treceți de la un rând la altul
shortcuts-action-list-page = Coborâți sau urcați o pagină
shortcuts-action-list-open = Deschideți rândul ales
shortcuts-action-search-clear = Într-o căutare: ștergeți ce ați scris
