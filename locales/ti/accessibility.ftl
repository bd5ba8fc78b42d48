# Accessibility: the keyboard shortcuts panel (F1 or ?), translated from locales/fr/accessibility.ftl.

shortcuts-open = ሓጸርቲ መንገድታት ኪቦርድ
shortcuts-title = ሓጸርቲ መንገድታት ኪቦርድ
shortcuts-intro = እዞም መፍትሕታት ብዘይ ማውስ ይሰርሑ።
shortcuts-close = ዕጸው
shortcuts-keys-either = { $first } ወይ { $second }
shortcuts-place-everywhere = ኣብ ኩሉ ቦታ
shortcuts-place-forms = ኣብ ቅጥዕታት
shortcuts-place-lists = ኣብ ዝርዝራትን ኣብ ምድላይን

## Keys

shortcut-help = F1
shortcut-help-question = ?
shortcut-search = Ctrl+K
shortcut-search-slash = /
shortcut-undo = Ctrl+Z
shortcut-tab = Tab
shortcut-arrows = ቀስትታት
shortcut-space = Space
shortcut-up-down = ↑ ↓
shortcut-page = Page Up / Page Down
shortcut-enter = Enter

## Actions

shortcuts-action-help = ነዚ ዝርዝር ሓጸርቲ መንገድታት ኣርእዩ
shortcuts-action-search = ሰብ ድለዩ
shortcuts-action-new-person = ሓድሽ ሰብ
shortcuts-action-new-accompaniment = ሓገዝ መዝግቡ
shortcuts-action-follow-up = ዝርዝር «ንምክትታል» ክፈቱ
shortcuts-action-lock = ስክሪን ቆልፉ
shortcuts-action-undo = ነቲ ናይ መወዳእታ ስራሕ ሰርዙ፡ እቲ ኣብ ታሕቲ ዘሎ መልእኽቲ «ሰርዙ» ክሕብር ከሎ
shortcuts-action-back = ናብቲ ዝሓለፈ ስክሪን ተመለሱ
shortcuts-action-save = ነቲ ቅጥዒ ዓቅቡ
shortcuts-action-next-field = ናብ ዝቕጽል ክፍሊ ኺዱ (Shift+Tab፦ ዝሓለፈ)
shortcuts-action-choices = ኣብ ጉጅለ ምርጫታት ካብ ሓደ ምርጫ ናብ ካልእ ኺዱ
shortcuts-action-tick = ነቲ ምርጫ ምልክት ግበሩ ወይ ኣልዕሉ
shortcuts-action-date-step = ኣብ ዕለት፦ ዝቕጽል ወይ ዝሓለፈ መዓልቲ
shortcuts-action-list-move = ካብ ሓደ መስመር ናብ ካልእ ኺዱ
shortcuts-action-list-page = ሓደ ገጽ ንታሕቲ ወይ ንላዕሊ ኺዱ
shortcuts-action-list-open = ነቲ ዝተመርጸ መስመር ክፈቱ
shortcuts-action-search-clear = ኣብ ምድላይ፦ ዝተጻሕፈ ደምስሱ
