# Accessibility: the keyboard shortcuts panel (F1 or ?), translated from locales/fr/accessibility.ftl.

shortcuts-open = Сочетания клавиш
shortcuts-title = Сочетания клавиш
shortcuts-intro = Эти клавиши работают без мыши.
shortcuts-close = Закрыть
shortcuts-keys-either = { $first } или { $second }
shortcuts-place-everywhere = Везде
shortcuts-place-forms = В формах
shortcuts-place-lists = В списках и поиске

## Keys

shortcut-help = F1
shortcut-help-question = ?
shortcut-search = Ctrl+K
shortcut-search-slash = /
shortcut-undo = Ctrl+Z
shortcut-tab = Tab
shortcut-arrows = Стрелки
shortcut-space = Пробел
shortcut-up-down = ↑ ↓
shortcut-page = Page Up / Page Down
shortcut-enter = Enter

## Actions

shortcuts-action-help = Показать этот список сочетаний
shortcuts-action-search = Найти человека
shortcuts-action-new-person = Новый человек
shortcuts-action-new-accompaniment = Записать сопровождение
shortcuts-action-follow-up = Открыть список «Отслеживать»
shortcuts-action-lock = Заблокировать экран
shortcuts-action-undo = Отменить последнее действие, когда сообщение внизу предлагает «Отменить»
shortcuts-action-back = Вернуться на предыдущий экран
shortcuts-action-save = Сохранить форму
shortcuts-action-next-field = Перейти к следующему разделу (Shift+Tab: к предыдущему)
shortcuts-action-choices = Переходить от одного варианта к другому в группе
shortcuts-action-tick = Отметить вариант или снять отметку
shortcuts-action-date-step = В дате: следующий или предыдущий день
shortcuts-action-list-move = Переходить от одной строки к другой
shortcuts-action-list-page = Пролистать на страницу вниз или вверх
shortcuts-action-list-open = Открыть выбранную строку
shortcuts-action-search-clear = В поиске: стереть набранное
