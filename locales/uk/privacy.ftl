# The person's rights: the readable copy of their data (right of access) and the access log.

access-document-title = Ваші персональні дані в Escale
access-document-intro = У цьому документі є все, що організація, яка Вам допомагає, записала про Вас в Escale станом на { $date }.
# One "label: value" line.
access-line = { $label }: { $value }
access-list-separator = {", "}
access-value-missing = не вказано
access-none = Немає.
access-erased = Ваші особисті дані, контакти й нотатки про Вас було стерто { $date }.

access-section-identity = Особисті дані й контакти
access-section-consents = Згоди
access-section-accompaniments = Консультації
access-section-procedures = Адміністративні процедури
access-section-audit = Хто і коли переглядав або змінював Ваші дані

access-label-id = Ідентифікатор картки
access-label-birth-year = Рік народження
access-label-gender = Стать
access-label-social-status = Становище
access-label-commune = Населений пункт
access-commune = { $name } ({ $postalCode }, код INSEE { $inseeCode })
access-consent = Згоду надано { $date } ({ $method }) на: { $purposes }.
access-consent-withdrawn = Відкликано { $date }.
access-accompaniment = { $date } — { $kind }, { $duration }, { $place }
access-label-themes = Теми
access-label-workshop = Групове заняття
access-label-autonomy = Самостійність
access-label-orientation = Направлення
access-label-procedure-name = Процедура
access-label-next-steps = Наступні кроки
access-procedure = { $kind } — { $status }
access-label-reference = Номер справи
access-label-deadline = Термін
access-status-change = { $date }: { $status }
access-audit-event = { $date } — { $action } ({ $entity })

# Access log actions (codes from crates/escale-core/src/privacy/audit.rs).
audit-action-create = створення
audit-action-update = зміна
audit-action-status-change = зміна статусу
audit-action-delete = видалення
audit-action-view = перегляд
audit-action-export = вивантаження даних
audit-action-erase = стирання
audit-action-anonymise = знеособлення (минув термін зберігання)
audit-action-withdraw = відкликання згоди
audit-action-restore = відновлення (скасовано видалення або об’єднання)
audit-action-merge = об’єднання двох карток

# What a log line is about.
audit-entity-beneficiary = картка людини
audit-entity-activity = консультація
audit-entity-procedure = процедура
audit-entity-consent = згода
audit-entity-place = місце прийому
audit-entity-structure = організація
audit-entity-setting = налаштування
audit-entity-catalogue-entry = процедура з каталогу

privacy-title = Персональні дані та права людини
privacy-consents = Згода
privacy-no-consent = Жодної згоди не записано.
privacy-consent-line = Надано { $date } ({ $method })
privacy-consent-withdrawn-on = Відкликано { $date }
privacy-withdraw = Відкликати цю згоду сьогодні
privacy-consent-date = Дата згоди
privacy-consent-method = Як
privacy-consent-purposes = Для чого
privacy-record-consent = Записати згоду
privacy-consent-recorded = Згоду записано.
privacy-consent-withdrawn = Відкликання згоди записано.
privacy-access = Копія даних (право на доступ)
privacy-access-explanation = Два файли: зрозумілий текст мовою людини і всі дані у форматі JSON. Назви файлів не містять жодних імен.
privacy-export-folder = Папка для збереження
privacy-usb-key = USB-флешка
privacy-documents = Документи
privacy-export = Зберегти копію даних
privacy-exported = Копію збережено:
privacy-erasure = Стирання
privacy-erasure-explanation = Остаточно стирає особисті дані, контакти й нотатки цієї людини. Консультації залишаються в статистиці, без імені.
privacy-erase = Стерти дані цієї людини…
privacy-erasure-question = Остаточно стерти дані цієї людини?
privacy-erasure-goes = Що буде стерто:
privacy-erasure-accompaniment-notes = { $count ->
    [one] нотатки й наступні кроки { $count } консультації
    [few] нотатки й наступні кроки { $count } консультацій
    [many] нотатки й наступні кроки { $count } консультацій
   *[other] нотатки й наступні кроки { $count } консультацій
}
privacy-erasure-procedure-texts = { $count ->
    [one] номер справи й нотатки { $count } процедури
    [few] номери справ і нотатки { $count } процедур
    [many] номери справ і нотатки { $count } процедур
   *[other] номери справ і нотатки { $count } процедур
}
privacy-erasure-status-notes = { $count ->
    [one] { $count } нотатка про хід процедури
    [few] { $count } нотатки про хід процедур
    [many] { $count } нотаток про хід процедур
   *[other] { $count } нотаток про хід процедур
}
privacy-erasure-keeps = Для статистики залишаться, без імені: консультації ({ $accompaniments }) і процедури ({ $procedures }). Це стирання неможливо скасувати.
privacy-erasure-cancel = Не стирати
privacy-erasure-confirm = Стерти остаточно
privacy-erased = Дані людини стерто.
audit-title = Журнал переглядів і змін
audit-when = Коли
audit-what = Дія
audit-which = Що
audit-open-file = Відкрити картку
audit-more = Показати більше
audit-empty = У журналі нічого немає.
retention-title = Термін зберігання
retention-explanation = Картки, у яких не було консультацій протягом цього часу, знеособлюються під час відкриття Escale. Статистика не змінюється.
retention-months = Зберігати неактивні картки (місяців)
retention-save = Зберегти термін
retention-saved = Термін зберігання збережено.
retention-preview-title = Картки, які буде знеособлено протягом 30 днів
retention-preview-none = Протягом 30 днів жодну картку не буде знеособлено.
retention-preview-line = { $name } — остання консультація { $last }, буде знеособлено { $on }
retention-preview-more = І ще { $count }.
