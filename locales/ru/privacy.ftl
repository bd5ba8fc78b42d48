# The person's rights: the readable copy of their data (right of access) and the access log.

access-document-title = Ваши персональные данные в Escale
access-document-intro = В этом документе есть всё, что организация, которая Вам помогает, записала о Вас в Escale на { $date }.
# One "label: value" line.
access-line = { $label }: { $value }
access-list-separator = {", "}
access-value-missing = не указано
access-none = Нет.
access-erased = Ваши личные данные, контакты и заметки о Вас были стёрты { $date }.

access-section-identity = Личные данные и контакты
access-section-consents = Согласия
access-section-accompaniments = Консультации
access-section-procedures = Административные процедуры
access-section-audit = Кто и когда просматривал или изменял Ваши данные

access-label-id = Идентификатор карточки
access-label-birth-year = Год рождения
access-label-gender = Пол
access-label-social-status = Положение
access-label-commune = Населённый пункт
access-commune = { $name } ({ $postalCode }, код INSEE { $inseeCode })
access-consent = Согласие дано { $date } ({ $method }) на: { $purposes }.
access-consent-withdrawn = Отозвано { $date }.
access-accompaniment = { $date } — { $kind }, { $duration }, { $place }
access-label-themes = Темы
access-label-workshop = Групповое занятие
access-label-autonomy = Самостоятельность
access-label-orientation = Направление
access-label-procedure-name = Процедура
access-label-next-steps = Следующие шаги
access-procedure = { $kind } — { $status }
access-label-reference = Номер дела
access-label-deadline = Срок
access-status-change = { $date }: { $status }
access-audit-event = { $date } — { $action } ({ $entity })

# Access log actions (codes from crates/escale-core/src/privacy/audit.rs).
audit-action-create = создание
audit-action-update = изменение
audit-action-status-change = смена статуса
audit-action-delete = удаление
audit-action-view = просмотр
audit-action-export = выгрузка данных
audit-action-erase = стирание
audit-action-anonymise = обезличивание (истёк срок хранения)
audit-action-withdraw = отзыв согласия
audit-action-restore = восстановление (отмена удаления или объединения)
audit-action-merge = объединение двух карточек

# What a log line is about.
audit-entity-beneficiary = карточка человека
audit-entity-activity = консультация
audit-entity-procedure = процедура
audit-entity-consent = согласие
audit-entity-place = место приёма
audit-entity-structure = организация
audit-entity-setting = настройка
audit-entity-catalogue-entry = процедура из каталога

privacy-title = Персональные данные и права человека
privacy-consents = Согласие
privacy-no-consent = Ни одного согласия не записано.
privacy-consent-line = Дано { $date } ({ $method })
privacy-consent-withdrawn-on = Отозвано { $date }
privacy-withdraw = Отозвать это согласие сегодня
privacy-consent-date = Дата согласия
privacy-consent-method = Как
privacy-consent-purposes = Для чего
privacy-record-consent = Записать согласие
privacy-consent-recorded = Согласие записано.
privacy-consent-withdrawn = Отзыв согласия записан.
privacy-access = Копия данных (право на доступ)
privacy-access-explanation = Два файла: понятный текст на языке человека и все данные в формате JSON. Названия файлов не содержат ничьих имён.
privacy-export-folder = Папка для сохранения
privacy-usb-key = Флешка
privacy-documents = Документы
privacy-export = Сохранить копию данных
privacy-exported = Копия сохранена:
privacy-erasure = Стирание
privacy-erasure-explanation = Окончательно стирает личные данные, контакты и заметки этого человека. Консультации остаются в статистике, без имени.
privacy-erase = Стереть данные этого человека…
privacy-erasure-question = Окончательно стереть данные этого человека?
privacy-erasure-goes = Что будет стёрто:
privacy-erasure-accompaniment-notes = { $count ->
    [one] заметки и следующие шаги { $count } консультации
    [few] заметки и следующие шаги { $count } консультаций
    [many] заметки и следующие шаги { $count } консультаций
   *[other] заметки и следующие шаги { $count } консультаций
}
privacy-erasure-procedure-texts = { $count ->
    [one] номер дела и заметки { $count } процедуры
    [few] номера дел и заметки { $count } процедур
    [many] номера дел и заметки { $count } процедур
   *[other] номера дел и заметки { $count } процедур
}
privacy-erasure-status-notes = { $count ->
    [one] { $count } заметка о ходе процедуры
    [few] { $count } заметки о ходе процедур
    [many] { $count } заметок о ходе процедур
   *[other] { $count } заметок о ходе процедур
}
privacy-erasure-keeps = Для статистики останутся, без имени: консультации ({ $accompaniments }) и процедуры ({ $procedures }). Это стирание нельзя отменить.
privacy-erasure-cancel = Не стирать
privacy-erasure-confirm = Стереть окончательно
privacy-erased = Данные человека стёрты.
audit-title = Журнал просмотров и изменений
audit-when = Когда
audit-what = Действие
audit-which = Что
audit-open-file = Открыть карточку
audit-more = Показать ещё
audit-empty = В журнале ничего нет.
retention-title = Срок хранения
retention-explanation = Карточки, по которым не было консультаций в течение этого срока, обезличиваются при открытии Escale. Статистика не меняется.
retention-months = Хранить неактивные карточки (месяцев)
retention-save = Сохранить срок
retention-saved = Срок хранения сохранён.
retention-preview-title = Карточки, которые будут обезличены в ближайшие 30 дней
retention-preview-none = В ближайшие 30 дней ни одна карточка не будет обезличена.
retention-preview-line = { $name } — последняя консультация { $last }, будет обезличена { $on }
retention-preview-more = И ещё { $count }.
