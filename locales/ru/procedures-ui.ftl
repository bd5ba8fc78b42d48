# Screens for procedures followed in the window (ui/src/features/procedures and follow-up):
# a person's file, starting a procedure, a procedure's screen, the "To follow up" list (На контроле)
# and the structure's catalogue. Short sentences, everyday words.

shortcut-follow-up = Ctrl+U

## In a person's file

procedures-open-title = { $count ->
    [0] Текущие процедуры
   *[other] Текущие процедуры ({ $count })
}
procedures-start = Начать процедуру
procedures-none-open = Нет текущих процедур.
procedures-closed-title = { $count ->
    [one] { $count } завершённая процедура
    [few] { $count } завершённые процедуры
    [many] { $count } завершённых процедур
   *[other] { $count } завершённых процедур
}
procedures-deadline = Крайний срок: { $date }
procedures-next-renewal = Продление: { $date }
procedures-next-declaration = Следующая декларация: { $date }
procedures-call-back = Перезвонить { $date }
procedures-documents-missing = { $count ->
    [0] Все документы есть
    [one] Не хватает { $count } документа
    [few] Не хватает { $count } документов
    [many] Не хватает { $count } документов
   *[other] Не хватает { $count } документов
}

## What is known about a catalogue procedure

procedure-for = Для:
procedure-own-entry = Собственная процедура организации
procedure-facts-organisation = Учреждение
procedure-facts-theme = Тема
procedure-facts-delay = Обычный срок
procedure-facts-days = { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дней
}
procedure-facts-every = { $months ->
    [one] Каждый { $months } месяц
    [few] Каждые { $months } месяца
    [many] Каждые { $months } месяцев
   *[other] Каждые { $months } месяцев
}
procedure-facts-documents = Нужные документы
procedure-facts-no-document = В списке нет документов.

## Starting a procedure

procedure-start-title = Начать процедуру
procedure-start-search = Какая процедура?
procedure-start-search-help = Введите несколько букв названия процедуры или учреждения. Стрелки ↑ ↓ — выбрать, Enter — подтвердить.
procedure-start-results = { $count ->
    [0] Нет процедур
    [one] { $count } процедура
    [few] { $count } процедуры
    [many] { $count } процедур
   *[other] { $count } процедур
}
procedure-start-no-match = Ни одна процедура не подходит под запрос «{ $query }».
procedure-start-manage-catalogue = Процедуры нет в списке? Добавьте её в каталог.
procedure-start-nothing-chosen = Выберите процедуру из списка.
procedure-start-status = На каком этапе процедура?
procedure-start-status-a_faire = Нужно сделать
procedure-start-status-deposee = Уже подано
procedure-start-status-acceptee = Уже одобрено: следить за продлениями
procedure-started-on = Начиная с
procedure-start-confirm = Начать отслеживание

## A procedure's screen

procedure-screen-since = с { $date }
procedure-change-status = Изменить статус
procedure-next-status = Новый статус
procedure-screen-status-on = Дата
procedure-screen-status-note = Заметка (необязательно)
procedure-screen-status-save = Сохранить статус
procedure-reopen-title = Снова открыть процедуру
procedure-reopen-open = Снова открыть процедуру…
procedure-closed-title = Процедура завершена
procedure-reopen-explanation = Эта процедура завершена. Чтобы продолжить её (обжалование, новое заявление, отменённое решение), откройте её снова и напишите почему.
procedure-reopen-status = Продолжить со статуса
procedure-reopen-note = Почему открыть снова? (обязательно)
procedure-reopen-save = Снова открыть процедуру
procedure-history = История
procedure-step-reopened = Открыто снова: { $status }

procedure-screen-documents-count = Принесено документов: { $brought } из { $total }
procedure-screen-brought-on = Принесено { $date }
procedure-screen-not-needed = Не нужно
procedure-screen-not-needed-label = { $document }: не нужно, убрать из списка
procedure-screen-add-document = Добавить документ в список
procedure-screen-choose-document = Выберите документ…
procedure-screen-add-document-button = Добавить

procedure-next-renewal-on = Продлить нужно { $date }
procedure-next-declaration-on = Подать декларацию нужно { $date }
procedure-renewal-done = Продление сделано
procedure-declaration-done = Декларация подана
procedure-recurrence-done-help = Отмечает, что это сделано сегодня. Следующая дата вычисляется автоматически.

procedure-details = Номер, даты и заметки
procedure-reference-label = Номер дела или заявления
procedure-deadline-label = Крайний срок
procedure-renewal-label = Дата продления
procedure-declaration-label = Дата следующей декларации
procedure-call-back-label = Перезвонить человеку
procedure-notes-label = Заметки
procedure-details-save = Сохранить
procedure-details-unsaved = Изменения ещё не сохранены

procedure-activities = { $count ->
    [0] Связанные консультации
   *[other] Связанные консультации ({ $count })
}
procedure-no-activity = С этой процедурой не связано ни одной консультации.
procedure-activity-line = { $date }: { $themes }
procedure-link = Связать консультацию этого человека
procedure-link-choose = Выберите консультацию…
procedure-link-button = Связать
procedure-unlink = Отвязать
procedure-unlink-label = Отвязать консультацию от { $date }

## Confirmations

procedure-toast-started = Процедура начата.
procedure-toast-status = Статус сохранён: { $status }.
procedure-toast-reopened = Процедура открыта снова: { $status }.
procedure-toast-document-brought = Документ принесён: { $document }.
procedure-toast-document-missing = Документа не хватает: { $document }.
procedure-toast-document-not_needed = Документ убран из списка: { $document }.
procedure-toast-document-added = Документ добавлен в список: { $document }.
procedure-toast-saved = Сохранено.
procedure-toast-recurrence-done = Отмечено.
procedure-toast-recurrence-done-next = Отмечено. В следующий раз: { $date }.
procedure-toast-linked = Консультация связана.
procedure-toast-unlinked = Консультация отвязана.

## To follow up

follow-up-title = На контроле
follow-up-subtitle = Сегодня, { $date }, и следующие 7 дней
follow-up-help = Enter или щелчок — открыть процедуру. Стрелки ↑ ↓ — переходить между строками.
follow-up-empty = На этой неделе ничего не нужно отслеживать.
follow-up-overdue = Просрочено ({ $count })
follow-up-today = Сегодня ({ $count })
follow-up-week = На этой неделе ({ $count })
follow-up-more = Показать ещё (ещё { $count })
follow-up-why-deadline = Крайний срок: { $date }
follow-up-why-renewal = Продление: { $date }
follow-up-why-renewal-prepare = Продление: { $date }, готовить с { $start }
follow-up-why-declaration = Декларация: { $date }
follow-up-why-declaration-prepare = Декларация: { $date }, готовить с { $start }
follow-up-why-stuck = «{ $status }» с { $date }: это слишком долго
follow-up-why-call-back = Перезвонить { $date }
follow-up-open-file = Карточка
follow-up-open-title = Открыть список «На контроле» (Ctrl+U)
follow-up-count = Отследить на этой неделе: { $count }
follow-up-count-overdue = из них просрочено: { $count }
follow-up-count-none = На этой неделе ничего не нужно отслеживать

## The structure's catalogue of procedures

catalogue-title = Каталог процедур
catalogue-intro = Снимите отметку с процедур, которыми Ваша организация никогда не занимается: их больше не будут предлагать. Уже начатые процедуры не изменятся.
catalogue-filter = Искать в каталоге
catalogue-hidden-count = { $count ->
    [one] { $count } скрытая процедура
    [few] { $count } скрытые процедуры
    [many] { $count } скрытых процедур
   *[other] { $count } скрытых процедур
}
catalogue-no-match = Ни одна процедура не подходит под запрос «{ $query }».
catalogue-state-offered = Предлагается
catalogue-state-hidden = Скрыта
catalogue-add-open = Добавить процедуру организации
catalogue-add-title = Новая процедура организации
catalogue-new-label = Название процедуры
catalogue-new-label-help = Так, как её будут искать Ваши коллеги. Название не переводится.
catalogue-choose-theme = Выберите тему…
catalogue-no-organisation = Не указано
catalogue-new-delay = Обычный срок (дней)
catalogue-new-documents = { $count ->
    [0] Нужные документы
    [one] Нужные документы (выбран { $count })
    [few] Нужные документы (выбрано { $count })
    [many] Нужные документы (выбрано { $count })
   *[other] Нужные документы (выбрано { $count })
}
catalogue-document-search = Искать документ…
catalogue-add-save = Добавить в каталог
catalogue-toast-added = Процедура добавлена в каталог: { $procedure }.
catalogue-toast-hidden = Процедура скрыта: { $procedure }.
catalogue-toast-offered = Процедура снова предлагается: { $procedure }.

## Errors checked by the interface before calling the core

error-ui-procedure-status-required = Выберите новый статус.
error-ui-procedure-theme-required = Выберите административную тему.
