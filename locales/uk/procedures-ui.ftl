# Screens for procedures followed in the window (ui/src/features/procedures and follow-up):
# a person's file, starting a procedure, a procedure's screen, the "To follow up" list (На контролі)
# and the structure's catalogue. Short sentences, everyday words.

shortcut-follow-up = Ctrl+U

## In a person's file

procedures-open-title = { $count ->
    [0] Поточні процедури
   *[other] Поточні процедури ({ $count })
}
procedures-start = Почати процедуру
procedures-none-open = Немає поточних процедур.
procedures-closed-title = { $count ->
    [one] { $count } завершена процедура
    [few] { $count } завершені процедури
    [many] { $count } завершених процедур
   *[other] { $count } завершених процедур
}
procedures-deadline = Кінцевий термін: { $date }
procedures-next-renewal = Продовження: { $date }
procedures-next-declaration = Наступна декларація: { $date }
procedures-call-back = Передзвонити { $date }
procedures-documents-missing = { $count ->
    [0] Усі документи є
    [one] Бракує { $count } документа
    [few] Бракує { $count } документів
    [many] Бракує { $count } документів
   *[other] Бракує { $count } документів
}

## What is known about a catalogue procedure

procedure-for = Для:
procedure-own-entry = Власна процедура організації
procedure-facts-organisation = Установа
procedure-facts-theme = Тема
procedure-facts-delay = Звичайний строк
procedure-facts-days = { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } днів
}
procedure-facts-every = { $months ->
    [one] Кожен { $months } місяць
    [few] Кожні { $months } місяці
    [many] Кожні { $months } місяців
   *[other] Кожні { $months } місяців
}
procedure-facts-documents = Потрібні документи
procedure-facts-no-document = У списку немає документів.

## Starting a procedure

procedure-start-title = Почати процедуру
procedure-start-search = Яка процедура?
procedure-start-search-help = Введіть кілька літер назви процедури або установи. Стрілки ↑ ↓ — вибрати, Enter — підтвердити.
procedure-start-results = { $count ->
    [0] Немає процедур
    [one] { $count } процедура
    [few] { $count } процедури
    [many] { $count } процедур
   *[other] { $count } процедур
}
procedure-start-no-match = Жодна процедура не відповідає запиту «{ $query }».
procedure-start-manage-catalogue = Процедури немає у списку? Додайте її до каталогу.
procedure-start-nothing-chosen = Виберіть процедуру зі списку.
procedure-start-status = На якому етапі процедура?
procedure-start-status-a_faire = Треба зробити
procedure-start-status-deposee = Уже подано
procedure-start-status-acceptee = Уже схвалено: стежити за продовженнями
procedure-started-on = З дати
procedure-start-confirm = Почати стежити

## A procedure's screen

procedure-screen-since = з { $date }
procedure-change-status = Змінити статус
procedure-next-status = Новий статус
procedure-screen-status-on = Дата
procedure-screen-status-note = Нотатка (необов’язково)
procedure-screen-status-save = Зберегти статус
procedure-reopen-title = Знову відкрити процедуру
procedure-reopen-open = Знову відкрити процедуру…
procedure-closed-title = Процедуру завершено
procedure-reopen-explanation = Цю процедуру завершено. Щоб продовжити її (оскарження, нова заява, скасоване рішення), відкрийте її знову і напишіть, чому.
procedure-reopen-status = Продовжити зі статусу
procedure-reopen-note = Чому відкрити знову? (обов’язково)
procedure-reopen-save = Знову відкрити процедуру
procedure-history = Історія
procedure-step-reopened = Відкрито знову: { $status }

procedure-screen-documents-count = Принесено документів: { $brought } з { $total }
procedure-screen-brought-on = Принесено { $date }
procedure-screen-not-needed = Не потрібно
procedure-screen-not-needed-label = { $document }: не потрібно, прибрати зі списку
procedure-screen-add-document = Додати документ до списку
procedure-screen-choose-document = Виберіть документ…
procedure-screen-add-document-button = Додати

procedure-next-renewal-on = Продовжити потрібно { $date }
procedure-next-declaration-on = Подати декларацію потрібно { $date }
procedure-renewal-done = Продовження зроблено
procedure-declaration-done = Декларацію подано
procedure-recurrence-done-help = Записує, що це зроблено сьогодні. Наступна дата обчислюється автоматично.

procedure-details = Номер, дати й нотатки
procedure-reference-label = Номер справи або заяви
procedure-deadline-label = Кінцевий термін
procedure-renewal-label = Дата продовження
procedure-declaration-label = Дата наступної декларації
procedure-call-back-label = Передзвонити людині
procedure-notes-label = Нотатки
procedure-details-save = Зберегти
procedure-details-unsaved = Зміни ще не збережено

procedure-activities = { $count ->
    [0] Пов’язані консультації
   *[other] Пов’язані консультації ({ $count })
}
procedure-no-activity = З цією процедурою не пов’язано жодної консультації.
procedure-activity-line = { $date }: { $themes }
procedure-link = Пов’язати консультацію цієї людини
procedure-link-choose = Виберіть консультацію…
procedure-link-button = Пов’язати
procedure-unlink = Від’єднати
procedure-unlink-label = Від’єднати консультацію від { $date }

## Confirmations

procedure-toast-started = Процедуру розпочато.
procedure-toast-status = Статус збережено: { $status }.
procedure-toast-reopened = Процедуру відкрито знову: { $status }.
procedure-toast-document-brought = Документ принесено: { $document }.
procedure-toast-document-missing = Документа бракує: { $document }.
procedure-toast-document-not_needed = Документ прибрано зі списку: { $document }.
procedure-toast-document-added = Документ додано до списку: { $document }.
procedure-toast-saved = Збережено.
procedure-toast-recurrence-done = Записано.
procedure-toast-recurrence-done-next = Записано. Наступного разу: { $date }.
procedure-toast-linked = Консультацію пов’язано.
procedure-toast-unlinked = Консультацію від’єднано.

## To follow up

follow-up-title = На контролі
follow-up-subtitle = Сьогодні, { $date }, і наступні 7 днів
follow-up-help = Enter або клік — відкрити процедуру. Стрілки ↑ ↓ — переходити між рядками.
follow-up-empty = Цього тижня нічого не треба відстежувати.
follow-up-overdue = Прострочено ({ $count })
follow-up-today = Сьогодні ({ $count })
follow-up-week = Цього тижня ({ $count })
follow-up-more = Показати ще (ще { $count })
follow-up-why-deadline = Кінцевий термін: { $date }
follow-up-why-renewal = Продовження: { $date }
follow-up-why-renewal-prepare = Продовження: { $date }, готувати з { $start }
follow-up-why-declaration = Декларація: { $date }
follow-up-why-declaration-prepare = Декларація: { $date }, готувати з { $start }
follow-up-why-stuck = «{ $status }» з { $date }: це надто довго
follow-up-why-call-back = Передзвонити { $date }
follow-up-open-file = Картка
follow-up-open-title = Відкрити список «На контролі» (Ctrl+U)
follow-up-count = Відстежити цього тижня: { $count }
follow-up-count-overdue = з них прострочено: { $count }
follow-up-count-none = Цього тижня нічого не треба відстежувати

## The structure's catalogue of procedures

catalogue-title = Каталог процедур
catalogue-intro = Зніміть позначку з процедур, якими Ваша організація ніколи не займається: їх більше не буде запропоновано. Уже розпочаті процедури не зміняться.
catalogue-filter = Шукати в каталозі
catalogue-hidden-count = { $count ->
    [one] { $count } прихована процедура
    [few] { $count } приховані процедури
    [many] { $count } прихованих процедур
   *[other] { $count } прихованих процедур
}
catalogue-no-match = Жодна процедура не відповідає запиту «{ $query }».
catalogue-state-offered = Пропонується
catalogue-state-hidden = Приховано
catalogue-add-open = Додати процедуру організації
catalogue-add-title = Нова процедура організації
catalogue-new-label = Назва процедури
catalogue-new-label-help = Так, як її шукатимуть Ваші колеги. Назву не перекладають.
catalogue-choose-theme = Виберіть тему…
catalogue-no-organisation = Не вказано
catalogue-new-delay = Звичайний строк (днів)
catalogue-new-documents = { $count ->
    [0] Потрібні документи
    [one] Потрібні документи (вибрано { $count })
    [few] Потрібні документи (вибрано { $count })
    [many] Потрібні документи (вибрано { $count })
   *[other] Потрібні документи (вибрано { $count })
}
catalogue-document-search = Шукати документ…
catalogue-add-save = Додати до каталогу
catalogue-toast-added = Процедуру додано до каталогу: { $procedure }.
catalogue-toast-hidden = Процедуру приховано: { $procedure }.
catalogue-toast-offered = Процедура знову пропонується: { $procedure }.

## Errors checked by the interface before calling the core

error-ui-procedure-status-required = Виберіть новий статус.
error-ui-procedure-theme-required = Виберіть адміністративну тему.
