# Structure settings: the structure (name, SIRET, contact details), its places of activity and
# the directory of local partners to refer people to.

## Access log
audit-action-archive = перенос в архив
audit-entity-partner = партнёр

## Command line: the structure
cli-about-escale-structure = Организация: название, SIRET, адрес и контакты.
cli-about-escale-structure-show = Показывает организацию.
cli-arg-escale-structure-show-json = Результат в формате JSON.
cli-about-escale-structure-set = Заполняет данные организации; меняются только указанные параметры.
cli-arg-escale-structure-set-name = Название организации.
cli-arg-escale-structure-set-siret = Номер SIRET (14 цифр, пробелы допускаются; "" — чтобы стереть).
cli-arg-escale-structure-set-address = Адрес.
cli-arg-escale-structure-set-insee = Код INSEE населённого пункта ("" — чтобы стереть).
cli-arg-escale-structure-set-postal_code = Почтовый индекс.
cli-arg-escale-structure-set-commune = Название населённого пункта (определяется по коду INSEE, если не указано).
cli-arg-escale-structure-set-phone = Телефон.
cli-arg-escale-structure-set-email = Адрес электронной почты.
cli-arg-escale-structure-set-json = Результат в формате JSON.
cli-structure-none = Данные организации ещё не заполнены (escale structure set --name …).
cli-structure-details =
    SIRET: { $siret }
    Адрес: { $address }
    Населённый пункт: { $commune }
    Телефон: { $phone }
    Эл. почта: { $email }

## Command line: places of activity
cli-about-escale-place = Места приёма (почта, остановки автобуса…): добавить, изменить, показать список, перенести в архив.
cli-about-escale-place-add = Добавляет место приёма.
cli-arg-escale-place-add-name = Название места.
cli-arg-escale-place-add-address = Адрес.
cli-arg-escale-place-add-insee = Код INSEE населённого пункта.
cli-arg-escale-place-add-postal_code = Почтовый индекс.
cli-arg-escale-place-add-commune = Название населённого пункта.
cli-arg-escale-place-add-json = Результат в формате JSON.
cli-about-escale-place-edit = Изменяет место приёма; меняются только указанные параметры.
cli-arg-escale-place-edit-id = Идентификатор места.
cli-arg-escale-place-edit-name = Новое название.
cli-arg-escale-place-edit-address = Новый адрес.
cli-arg-escale-place-edit-insee = Код INSEE населённого пункта ("" — чтобы стереть).
cli-arg-escale-place-edit-postal_code = Почтовый индекс.
cli-arg-escale-place-edit-commune = Название населённого пункта.
cli-arg-escale-place-edit-json = Результат в формате JSON.
cli-about-escale-place-list = Показывает список предлагаемых мест приёма.
cli-arg-escale-place-list-json = Результат в формате JSON.
cli-about-escale-place-archive = Переносит место в архив: его больше не предлагают, прошлые консультации сохраняют его название.
cli-arg-escale-place-archive-id = Идентификатор места.
cli-arg-escale-place-archive-json = Результат в формате JSON.
cli-place-none = Нет мест приёма.
cli-place-archived = Место перенесено в архив: { $name } ({ $id }). Его больше не предлагают; прошлые консультации сохраняют его название.

## Command line: partners
cli-about-escale-partner = Справочник местных партнёров (CAF, CCAS, France Services, mission locale…): добавить, изменить, показать список, перенести в архив.
cli-about-escale-partner-add = Добавляет партнёра в справочник.
cli-arg-escale-partner-add-name = Название партнёра.
cli-arg-escale-partner-add-kind = Тип: administration, mediation_numerique, operateur_ou_organisme_en_charge, aide_sociale, insertion_professionnelle, aide_aux_demarches_administratives или autre.
cli-arg-escale-partner-add-address = Адрес.
cli-arg-escale-partner-add-insee = Код INSEE населённого пункта.
cli-arg-escale-partner-add-postal_code = Почтовый индекс.
cli-arg-escale-partner-add-commune = Название населённого пункта.
cli-arg-escale-partner-add-phone = Телефон (короткие номера, например 3230, допускаются).
cli-arg-escale-partner-add-email = Адрес электронной почты.
cli-arg-escale-partner-add-hours = Часы работы (свободный текст, можно в несколько строк).
cli-arg-escale-partner-add-notes = Заметки (к кому обращаться, какие документы принести…).
cli-arg-escale-partner-add-json = Результат в формате JSON.
cli-about-escale-partner-edit = Изменяет партнёра; меняются только указанные параметры.
cli-arg-escale-partner-edit-id = Идентификатор партнёра.
cli-arg-escale-partner-edit-name = Новое название.
cli-arg-escale-partner-edit-kind = Новый тип (см. «escale partner add --help»).
cli-arg-escale-partner-edit-address = Новый адрес.
cli-arg-escale-partner-edit-insee = Код INSEE населённого пункта ("" — чтобы стереть).
cli-arg-escale-partner-edit-postal_code = Почтовый индекс.
cli-arg-escale-partner-edit-commune = Название населённого пункта.
cli-arg-escale-partner-edit-phone = Телефон.
cli-arg-escale-partner-edit-email = Адрес электронной почты.
cli-arg-escale-partner-edit-hours = Часы работы.
cli-arg-escale-partner-edit-notes = Заметки.
cli-arg-escale-partner-edit-json = Результат в формате JSON.
cli-about-escale-partner-list = Показывает справочник в алфавитном порядке.
cli-arg-escale-partner-list-kind = Только партнёры этого типа.
cli-arg-escale-partner-list-json = Результат в формате JSON.
cli-about-escale-partner-archive = Убирает партнёра из справочника.
cli-arg-escale-partner-archive-id = Идентификатор партнёра.
cli-arg-escale-partner-archive-json = Результат в формате JSON.
cli-partner-none = В справочнике нет партнёров.
cli-partner-archived = Партнёр убран из справочника: { $name } ({ $id }).

## Window: the structure settings screen
settings-title = Организация
settings-sections = Разделы экрана
settings-saved = Сохранено.
settings-edit = Изменить
settings-edit-named = Изменить: { $name }
settings-archive = В архив
settings-archive-named = В архив: { $name }
settings-save-changes = Сохранить изменения
settings-address = Адрес
settings-commune = Населённый пункт
settings-phone = Телефон
settings-email = Адрес электронной почты

settings-structure-title = Организация
settings-structure-help = Эти сведения указываются в документах, которые выдают людям.
settings-structure-name = Название организации
settings-structure-siret = Номер SIRET
settings-structure-siret-help = 14 цифр, есть в avis de situation Insee (выписке из реестра) или в расчётном листке. Необязательно.
settings-structure-save = Сохранить данные организации
settings-structure-saved = Данные организации сохранены.
settings-mediators-title = Медиаторы этого компьютера
settings-mediators-help = Каждый хранит свои данные под своей секретной фразой.
settings-mediators-manage = Добавить медиатора или изменить своё имя (экран «Безопасность»)

settings-places-title = Места приёма
settings-places-help = Места, которые предлагаются при записи консультации (почта, остановки автобуса, зал ассоциации…). Место в архиве больше не предлагается; прошлые консультации сохраняют его название.
settings-places-empty = Пока нет мест приёма.
settings-place-add-open = Добавить место
settings-place-add = Добавить это место
settings-place-new-title = Новое место приёма
settings-place-edit-title = Изменить место приёма
settings-place-name = Название места
settings-place-added = Место добавлено: { $name }.
settings-place-saved = Место сохранено: { $name }.
settings-place-archived = Место перенесено в архив: { $name }.
settings-place-archive-title = Перенести «{ $name }» в архив?
settings-place-archive-text = Его больше не будут предлагать для новых консультаций. Уже записанные консультации сохраняют его название.

settings-partners-title = Партнёры
settings-partners-help = Справочник организаций, куда можно направлять людей (CAF, CCAS, France Services, mission locale…): их контакты и часы работы могут указываться в документах, которые выдают людям.
settings-partners-empty = В справочнике пока нет партнёров.
settings-partners-empty-kind = Нет партнёров этого типа.
settings-partner-filter = Показать
settings-partner-filter-all = Все партнёры
settings-partner-add-open = Добавить партнёра
settings-partner-add = Добавить этого партнёра
settings-partner-new-title = Новый партнёр
settings-partner-edit-title = Изменить партнёра
settings-partner-name = Название партнёра
settings-partner-kind = Тип организации
settings-partner-hours = Часы работы
settings-partner-hours-help = Так, как Вы сказали бы человеку, при необходимости в несколько строк: «Понедельник–пятница 8:30–12:00».
settings-partner-notes = Заметки
settings-partner-notes-help = Для Вас: к кому обращаться, какие документы принести… Они не указываются в документах, которые выдают людям.
settings-partner-added = Партнёр добавлен: { $name }.
settings-partner-saved = Партнёр сохранён: { $name }.
settings-partner-archived = Партнёр убран из справочника: { $name }.
settings-partner-archive-title = Убрать «{ $name }» из справочника?
settings-partner-archive-text = Его больше не будут предлагать. При необходимости Вы сможете добавить его снова.
