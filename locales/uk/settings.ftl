# Structure settings: the structure (name, SIRET, contact details), its places of activity and
# the directory of local partners to refer people to.

## Access log
audit-action-archive = архівування
audit-entity-partner = партнер

## Command line: the structure
cli-about-escale-structure = Організація: назва, SIRET, адреса й контакти.
cli-about-escale-structure-show = Показує організацію.
cli-arg-escale-structure-show-json = Результат у форматі JSON.
cli-about-escale-structure-set = Заповнює дані організації; змінюються лише вказані параметри.
cli-arg-escale-structure-set-name = Назва організації.
cli-arg-escale-structure-set-siret = Номер SIRET (14 цифр, пробіли дозволено; "" — щоб стерти).
cli-arg-escale-structure-set-address = Адреса.
cli-arg-escale-structure-set-insee = Код INSEE населеного пункту ("" — щоб стерти).
cli-arg-escale-structure-set-postal_code = Поштовий індекс.
cli-arg-escale-structure-set-commune = Назва населеного пункту (визначається за кодом INSEE, якщо не вказано).
cli-arg-escale-structure-set-phone = Телефон.
cli-arg-escale-structure-set-email = Адреса електронної пошти.
cli-arg-escale-structure-set-json = Результат у форматі JSON.
cli-structure-none = Дані організації ще не заповнено (escale structure set --name …).
cli-structure-details =
    SIRET: { $siret }
    Адреса: { $address }
    Населений пункт: { $commune }
    Телефон: { $phone }
    Ел. пошта: { $email }

## Command line: places of activity
cli-about-escale-place = Місця прийому (пошта, зупинки автобуса…): додати, змінити, показати список, архівувати.
cli-about-escale-place-add = Додає місце прийому.
cli-arg-escale-place-add-name = Назва місця.
cli-arg-escale-place-add-address = Адреса.
cli-arg-escale-place-add-insee = Код INSEE населеного пункту.
cli-arg-escale-place-add-postal_code = Поштовий індекс.
cli-arg-escale-place-add-commune = Назва населеного пункту.
cli-arg-escale-place-add-json = Результат у форматі JSON.
cli-about-escale-place-edit = Змінює місце прийому; змінюються лише вказані параметри.
cli-arg-escale-place-edit-id = Ідентифікатор місця.
cli-arg-escale-place-edit-name = Нова назва.
cli-arg-escale-place-edit-address = Нова адреса.
cli-arg-escale-place-edit-insee = Код INSEE населеного пункту ("" — щоб стерти).
cli-arg-escale-place-edit-postal_code = Поштовий індекс.
cli-arg-escale-place-edit-commune = Назва населеного пункту.
cli-arg-escale-place-edit-json = Результат у форматі JSON.
cli-about-escale-place-list = Показує список запропонованих місць прийому.
cli-arg-escale-place-list-json = Результат у форматі JSON.
cli-about-escale-place-archive = Архівує місце: його більше не пропонують, минулі консультації зберігають його назву.
cli-arg-escale-place-archive-id = Ідентифікатор місця.
cli-arg-escale-place-archive-json = Результат у форматі JSON.
cli-place-none = Немає місць прийому.
cli-place-archived = Місце архівовано: { $name } ({ $id }). Його більше не пропонують; минулі консультації зберігають його назву.

## Command line: partners
cli-about-escale-partner = Довідник місцевих партнерів (CAF, CCAS, France Services, mission locale…): додати, змінити, показати список, архівувати.
cli-about-escale-partner-add = Додає партнера до довідника.
cli-arg-escale-partner-add-name = Назва партнера.
cli-arg-escale-partner-add-kind = Тип: administration, mediation_numerique, operateur_ou_organisme_en_charge, aide_sociale, insertion_professionnelle, aide_aux_demarches_administratives або autre.
cli-arg-escale-partner-add-address = Адреса.
cli-arg-escale-partner-add-insee = Код INSEE населеного пункту.
cli-arg-escale-partner-add-postal_code = Поштовий індекс.
cli-arg-escale-partner-add-commune = Назва населеного пункту.
cli-arg-escale-partner-add-phone = Телефон (короткі номери, як-от 3230, дозволено).
cli-arg-escale-partner-add-email = Адреса електронної пошти.
cli-arg-escale-partner-add-hours = Години роботи (довільний текст, можна в кілька рядків).
cli-arg-escale-partner-add-notes = Нотатки (до кого звертатися, які документи принести…).
cli-arg-escale-partner-add-json = Результат у форматі JSON.
cli-about-escale-partner-edit = Змінює партнера; змінюються лише вказані параметри.
cli-arg-escale-partner-edit-id = Ідентифікатор партнера.
cli-arg-escale-partner-edit-name = Нова назва.
cli-arg-escale-partner-edit-kind = Новий тип (див. «escale partner add --help»).
cli-arg-escale-partner-edit-address = Нова адреса.
cli-arg-escale-partner-edit-insee = Код INSEE населеного пункту ("" — щоб стерти).
cli-arg-escale-partner-edit-postal_code = Поштовий індекс.
cli-arg-escale-partner-edit-commune = Назва населеного пункту.
cli-arg-escale-partner-edit-phone = Телефон.
cli-arg-escale-partner-edit-email = Адреса електронної пошти.
cli-arg-escale-partner-edit-hours = Години роботи.
cli-arg-escale-partner-edit-notes = Нотатки.
cli-arg-escale-partner-edit-json = Результат у форматі JSON.
cli-about-escale-partner-list = Показує довідник в алфавітному порядку.
cli-arg-escale-partner-list-kind = Лише партнери цього типу.
cli-arg-escale-partner-list-json = Результат у форматі JSON.
cli-about-escale-partner-archive = Прибирає партнера з довідника.
cli-arg-escale-partner-archive-id = Ідентифікатор партнера.
cli-arg-escale-partner-archive-json = Результат у форматі JSON.
cli-partner-none = У довіднику немає партнерів.
cli-partner-archived = Партнера прибрано з довідника: { $name } ({ $id }).

## Window: the structure settings screen
settings-title = Організація
settings-sections = Розділи екрана
settings-saved = Збережено.
settings-edit = Змінити
settings-edit-named = Змінити: { $name }
settings-archive = Архівувати
settings-archive-named = Архівувати: { $name }
settings-save-changes = Зберегти зміни
settings-address = Адреса
settings-commune = Населений пункт
settings-phone = Телефон
settings-email = Адреса електронної пошти

settings-structure-title = Організація
settings-structure-help = Ці відомості зазначаються в документах, які видають людям.
settings-structure-name = Назва організації
settings-structure-siret = Номер SIRET
settings-structure-siret-help = 14 цифр, є в avis de situation Insee (довідці з реєстру) або в розрахунковому листку. Необов’язково.
settings-structure-save = Зберегти дані організації
settings-structure-saved = Дані організації збережено.
settings-mediators-title = Медіатори цього комп’ютера
settings-mediators-help = Кожен зберігає свої дані під власною секретною фразою.
settings-mediators-manage = Додати медіатора або змінити своє ім’я (екран «Безпека»)

settings-places-title = Місця прийому
settings-places-help = Місця, які пропонуються під час запису консультації (пошта, зупинки автобуса, зала асоціації…). Архівоване місце більше не пропонується; минулі консультації зберігають його назву.
settings-places-empty = Поки що немає місць прийому.
settings-place-add-open = Додати місце
settings-place-add = Додати це місце
settings-place-new-title = Нове місце прийому
settings-place-edit-title = Змінити місце прийому
settings-place-name = Назва місця
settings-place-added = Місце додано: { $name }.
settings-place-saved = Місце збережено: { $name }.
settings-place-archived = Місце архівовано: { $name }.
settings-place-archive-title = Архівувати «{ $name }»?
settings-place-archive-text = Його більше не пропонуватимуть для нових консультацій. Уже записані консультації зберігають його назву.

settings-partners-title = Партнери
settings-partners-help = Довідник організацій, до яких можна направляти людей (CAF, CCAS, France Services, mission locale…): їхні контакти й години роботи можуть бути зазначені в документах, які видають людям.
settings-partners-empty = У довіднику поки що немає партнерів.
settings-partners-empty-kind = Немає партнерів цього типу.
settings-partner-filter = Показати
settings-partner-filter-all = Усі партнери
settings-partner-add-open = Додати партнера
settings-partner-add = Додати цього партнера
settings-partner-new-title = Новий партнер
settings-partner-edit-title = Змінити партнера
settings-partner-name = Назва партнера
settings-partner-kind = Тип організації
settings-partner-hours = Години роботи
settings-partner-hours-help = Так, як Ви сказали б людині, за потреби в кілька рядків: «Понеділок–п’ятниця 8:30–12:00».
settings-partner-notes = Нотатки
settings-partner-notes-help = Для Вас: до кого звертатися, які документи принести… Вони не зазначаються в документах, які видають людям.
settings-partner-added = Партнера додано: { $name }.
settings-partner-saved = Партнера збережено: { $name }.
settings-partner-archived = Партнера прибрано з довідника: { $name }.
settings-partner-archive-title = Прибрати «{ $name }» з довідника?
settings-partner-archive-text = Його більше не пропонуватимуть. За потреби Ви зможете додати його знову.
