# A person's file: correcting, deleting and restoring an accompaniment, the history,
# likely duplicates, merging two files and undoing a merge.

## Command line
cli-about-escale-activity-edit = Виправляє консультацію або групове заняття: змінюються лише вказані параметри.
cli-arg-escale-activity-edit-id = Ідентифікатор зустрічі.
cli-arg-escale-activity-edit-date = Нова дата (РРРР-ММ-ДД).
cli-arg-escale-activity-edit-duration = Нова тривалість у хвилинах.
cli-arg-escale-activity-edit-themes = Тема (національний код; можна повторювати; замінює всі теми).
cli-arg-escale-activity-edit-notes = Нові нотатки.
cli-arg-escale-activity-edit-next_steps = Нові наступні кроки.
cli-arg-escale-activity-edit-json = Результат у форматі JSON.
cli-about-escale-activity-delete = Видаляє зустріч (консультацію або заняття). Потім її можна відновити.
cli-arg-escale-activity-delete-id = Ідентифікатор зустрічі.
cli-arg-escale-activity-delete-json = Результат у форматі JSON.
cli-about-escale-activity-restore = Відновлює видалену зустріч.
cli-arg-escale-activity-restore-id = Ідентифікатор зустрічі.
cli-arg-escale-activity-restore-json = Результат у форматі JSON.
cli-activity-deleted = Зустріч { $id } видалено. Щоб відновити: escale activity restore { $id }
cli-about-escale-beneficiary-timeline = Показує історію людини: консультації, групові заняття, кроки процедур — від найновішого до найстарішого.
cli-arg-escale-beneficiary-timeline-id = Ідентифікатор людини.
cli-arg-escale-beneficiary-timeline-limit = Найбільша кількість рядків.
cli-arg-escale-beneficiary-timeline-json = Результат у форматі JSON.
cli-timeline-empty = Для цієї людини ще нічого не записано.
cli-about-escale-beneficiary-merge = Об’єднує дві картки однієї людини. Без --yes лише показує, що зробить об’єднання.
cli-arg-escale-beneficiary-merge-kept = Ідентифікатор картки, яка залишається.
cli-arg-escale-beneficiary-merge-other = Ідентифікатор картки-дубліката, яку буде об’єднано з карткою, що залишається.
cli-arg-escale-beneficiary-merge-yes = Справді об’єднати.
cli-arg-escale-beneficiary-merge-json = Результат у форматі JSON.
cli-merge-preview = Картка, що залишається, отримає { $accompaniments ->
        [one] { $accompaniments } консультацію
        [few] { $accompaniments } консультації
        [many] { $accompaniments } консультацій
       *[other] { $accompaniments } консультацій
    }, { $procedures ->
        [one] { $procedures } процедуру
        [few] { $procedures } процедури
        [many] { $procedures } процедур
       *[other] { $procedures } процедур
    } і { $consents ->
        [one] { $consents } згоду
        [few] { $consents } згоди
        [many] { $consents } згод
       *[other] { $consents } згод
    }. Доповнені поля: { $fields }. Додайте --yes, щоб об’єднати.
cli-merged = Картки об’єднано. Щоб скасувати: escale beneficiary unmerge { $merge }
cli-about-escale-beneficiary-unmerge = Скасовує об’єднання: обидві картки стають такими, як раніше.
cli-arg-escale-beneficiary-unmerge-merge = Ідентифікатор об’єднання (видається під час об’єднання).
cli-arg-escale-beneficiary-unmerge-json = Результат у форматі JSON.
cli-unmerged = Об’єднання скасовано. Картка { $id } повернулася.
cli-likely-duplicate = Увага: людина з таким самим іменем і роком народження вже є ({ $id }). Якщо це та сама людина, об’єднайте картки: escale beneficiary merge

## The person's file
undo = Скасувати
file-timeline = Історія
file-timeline-older = Показати давніші
file-workshop-participants = { $count ->
        [one] { $count } учасник
        [few] { $count } учасники
        [many] { $count } учасників
       *[other] { $count } учасників
    }
file-activity-edit = Виправити
file-activity-delete = Видалити
file-activity-restore = Відновити
file-activity-deleted = Консультацію від { $date } видалено.
file-activity-restored = Консультацію відновлено.
file-deleted-activities = { $count ->
        [one] { $count } видалена консультація
        [few] { $count } видалені консультації
        [many] { $count } видалених консультацій
       *[other] { $count } видалених консультацій
    }

## Merging two files
merge-open = Об’єднати з іншою карткою
merge-title = Приєднати іншу картку до картки: { $name }
merge-explanation = Якщо в цієї людини дві картки, знайдіть другу. Ця картка залишається; вона отримує консультації, процедури й згоди з другої, а також відомості, яких їй бракує.
merge-search = Знайти другу картку (прізвище або ім’я)
merge-preview-into = Картку «{ $other }» буде приєднано до картки «{ $kept }».
merge-preview-no-field = До картки, що залишається, не додається жодних відомостей.
merge-preview-fields = Відомості, додані до картки, що залишається: { $fields }.
merge-preview-accompaniments = { $count ->
        [0] Немає консультацій для перенесення.
        [one] Буде перенесено { $count } консультацію.
        [few] Буде перенесено { $count } консультації.
        [many] Буде перенесено { $count } консультацій.
       *[other] Буде перенесено { $count } консультацій.
    }
merge-preview-procedures = { $count ->
        [0] Немає процедур для перенесення.
        [one] Буде перенесено { $count } процедуру.
        [few] Буде перенесено { $count } процедури.
        [many] Буде перенесено { $count } процедур.
       *[other] Буде перенесено { $count } процедур.
    }
merge-preview-consents = { $count ->
        [0] Немає згод для перенесення.
        [one] Буде перенесено { $count } згоду.
        [few] Буде перенесено { $count } згоди.
        [many] Буде перенесено { $count } згод.
       *[other] Буде перенесено { $count } згод.
    }
merge-preview-undo = Ви зможете скасувати об’єднання з цієї картки.
merge-field-name = Ім’я людини
merge-confirm = Об’єднати дві картки
merge-done = Картки об’єднано.
merge-undone = Об’єднання скасовано: обидві картки повернулися.
merge-history = Об’єднання
merge-made-on = Картку об’єднано { $date }
merge-undo = Скасувати об’єднання

## Likely duplicates
duplicate-warning = Можливо, цю людину вже записано (те саме ім’я, той самий рік народження):
duplicate-open = Відкрити її картку
