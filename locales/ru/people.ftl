# A person's file: correcting, deleting and restoring an accompaniment, the history,
# likely duplicates, merging two files and undoing a merge.

## Command line
cli-about-escale-activity-edit = Исправляет консультацию или групповое занятие: меняются только указанные параметры.
cli-arg-escale-activity-edit-id = Идентификатор встречи.
cli-arg-escale-activity-edit-date = Новая дата (ГГГГ-ММ-ДД).
cli-arg-escale-activity-edit-duration = Новая продолжительность в минутах.
cli-arg-escale-activity-edit-themes = Тема (национальный код; можно повторять; заменяет все темы).
cli-arg-escale-activity-edit-notes = Новые заметки.
cli-arg-escale-activity-edit-next_steps = Новые следующие шаги.
cli-arg-escale-activity-edit-json = Результат в формате JSON.
cli-about-escale-activity-delete = Удаляет встречу (консультацию или занятие). Потом её можно восстановить.
cli-arg-escale-activity-delete-id = Идентификатор встречи.
cli-arg-escale-activity-delete-json = Результат в формате JSON.
cli-about-escale-activity-restore = Восстанавливает удалённую встречу.
cli-arg-escale-activity-restore-id = Идентификатор встречи.
cli-arg-escale-activity-restore-json = Результат в формате JSON.
cli-activity-deleted = Встреча { $id } удалена. Чтобы восстановить: escale activity restore { $id }
cli-about-escale-beneficiary-timeline = Показывает историю человека: консультации, групповые занятия, шаги процедур — от новых к старым.
cli-arg-escale-beneficiary-timeline-id = Идентификатор человека.
cli-arg-escale-beneficiary-timeline-limit = Наибольшее число строк.
cli-arg-escale-beneficiary-timeline-json = Результат в формате JSON.
cli-timeline-empty = Для этого человека ещё ничего не записано.
cli-about-escale-beneficiary-merge = Объединяет две карточки одного человека. Без --yes только показывает, что сделает объединение.
cli-arg-escale-beneficiary-merge-kept = Идентификатор карточки, которая остаётся.
cli-arg-escale-beneficiary-merge-other = Идентификатор карточки-дубликата, которая будет объединена с остающейся карточкой.
cli-arg-escale-beneficiary-merge-yes = Действительно объединить.
cli-arg-escale-beneficiary-merge-json = Результат в формате JSON.
cli-merge-preview = Остающаяся карточка получит { $accompaniments ->
        [one] { $accompaniments } консультацию
        [few] { $accompaniments } консультации
        [many] { $accompaniments } консультаций
       *[other] { $accompaniments } консультаций
    }, { $procedures ->
        [one] { $procedures } процедуру
        [few] { $procedures } процедуры
        [many] { $procedures } процедур
       *[other] { $procedures } процедур
    } и { $consents ->
        [one] { $consents } согласие
        [few] { $consents } согласия
        [many] { $consents } согласий
       *[other] { $consents } согласий
    }. Дополненные поля: { $fields }. Добавьте --yes, чтобы объединить.
cli-merged = Карточки объединены. Чтобы отменить: escale beneficiary unmerge { $merge }
cli-about-escale-beneficiary-unmerge = Отменяет объединение: обе карточки становятся такими, как раньше.
cli-arg-escale-beneficiary-unmerge-merge = Идентификатор объединения (выдаётся при объединении).
cli-arg-escale-beneficiary-unmerge-json = Результат в формате JSON.
cli-unmerged = Объединение отменено. Карточка { $id } вернулась.
cli-likely-duplicate = Внимание: человек с такими же именем и годом рождения уже есть ({ $id }). Если это тот же человек, объедините карточки: escale beneficiary merge

## The person's file
undo = Отменить
file-timeline = История
file-timeline-older = Показать более ранние
file-workshop-participants = { $count ->
        [one] { $count } участник
        [few] { $count } участника
        [many] { $count } участников
       *[other] { $count } участников
    }
file-activity-edit = Исправить
file-activity-delete = Удалить
file-activity-restore = Восстановить
file-activity-deleted = Консультация от { $date } удалена.
file-activity-restored = Консультация восстановлена.
file-deleted-activities = { $count ->
        [one] { $count } удалённая консультация
        [few] { $count } удалённые консультации
        [many] { $count } удалённых консультаций
       *[other] { $count } удалённых консультаций
    }

## Merging two files
merge-open = Объединить с другой карточкой
merge-title = Присоединить другую карточку к карточке: { $name }
merge-explanation = Если у этого человека две карточки, найдите вторую. Эта карточка остаётся; она получает консультации, процедуры и согласия из второй, а также сведения, которых ей не хватает.
merge-search = Найти вторую карточку (фамилия или имя)
merge-preview-into = Карточка «{ $other }» будет присоединена к карточке «{ $kept }».
merge-preview-no-field = В остающуюся карточку не добавляется никаких сведений.
merge-preview-fields = Сведения, добавленные в остающуюся карточку: { $fields }.
merge-preview-accompaniments = { $count ->
        [0] Нет консультаций для переноса.
        [one] Будет перенесена { $count } консультация.
        [few] Будут перенесены { $count } консультации.
        [many] Будет перенесено { $count } консультаций.
       *[other] Будет перенесено { $count } консультаций.
    }
merge-preview-procedures = { $count ->
        [0] Нет процедур для переноса.
        [one] Будет перенесена { $count } процедура.
        [few] Будут перенесены { $count } процедуры.
        [many] Будет перенесено { $count } процедур.
       *[other] Будет перенесено { $count } процедур.
    }
merge-preview-consents = { $count ->
        [0] Нет согласий для переноса.
        [one] Будет перенесено { $count } согласие.
        [few] Будут перенесены { $count } согласия.
        [many] Будет перенесено { $count } согласий.
       *[other] Будет перенесено { $count } согласий.
    }
merge-preview-undo = Вы сможете отменить объединение из этой карточки.
merge-field-name = Имя человека
merge-confirm = Объединить две карточки
merge-done = Карточки объединены.
merge-undone = Объединение отменено: обе карточки вернулись.
merge-history = Объединения
merge-made-on = Карточка объединена { $date }
merge-undo = Отменить объединение

## Likely duplicates
duplicate-warning = Возможно, этот человек уже записан (то же имя, тот же год рождения):
duplicate-open = Открыть его карточку
