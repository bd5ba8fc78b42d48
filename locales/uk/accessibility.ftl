# Accessibility: the keyboard shortcuts panel (F1 or ?), translated from locales/fr/accessibility.ftl.

shortcuts-open = Клавіатурні скорочення
shortcuts-title = Клавіатурні скорочення
shortcuts-intro = Ці клавіші працюють без миші.
shortcuts-close = Закрити
shortcuts-keys-either = { $first } або { $second }
shortcuts-place-everywhere = Усюди
shortcuts-place-forms = У формах
shortcuts-place-lists = У списках і пошуку

## Keys

shortcut-help = F1
shortcut-help-question = ?
shortcut-search = Ctrl+K
shortcut-search-slash = /
shortcut-undo = Ctrl+Z
shortcut-tab = Tab
shortcut-arrows = Стрілки
shortcut-space = Пробіл
shortcut-up-down = ↑ ↓
shortcut-page = Page Up / Page Down
shortcut-enter = Enter

## Actions

shortcuts-action-help = Показати цей список скорочень
shortcuts-action-search = Знайти людину
shortcuts-action-new-person = Нова людина
shortcuts-action-new-accompaniment = Записати супровід
shortcuts-action-follow-up = Відкрити список «Стежити»
shortcuts-action-lock = Заблокувати екран
shortcuts-action-undo = Скасувати останню дію, коли повідомлення внизу пропонує «Скасувати»
shortcuts-action-back = Повернутися до попереднього екрана
shortcuts-action-save = Зберегти форму
shortcuts-action-next-field = Перейти до наступного розділу (Shift+Tab: до попереднього)
shortcuts-action-choices = Переходити від одного варіанта до іншого в групі
shortcuts-action-tick = Позначити варіант або зняти позначку
shortcuts-action-date-step = У даті: наступний або попередній день
shortcuts-action-list-move = Переходити від одного рядка до іншого
shortcuts-action-list-page = Прогорнути на сторінку вниз або вгору
shortcuts-action-list-open = Відкрити вибраний рядок
shortcuts-action-search-clear = У пошуку: стерти набране
