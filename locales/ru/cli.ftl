# The "escale" command line: help (cli-about-<command>, cli-arg-<command>-<option>) and messages.

cli-about-escale = Escale в командной строке: те же зашифрованные данные, что и в приложении, для администрирования и скриптов.
cli-arg-escale-data_dir = Папка с данными (по умолчанию — папка приложения; переменная ESCALE_DATA_DIR).
cli-arg-escale-lang = Язык сообщений (по умолчанию fr; переменная ESCALE_LANG).
cli-arg-escale-json = Результат в формате JSON, для скриптов.

cli-about-escale-init = Создаёт зашифрованную базу и показывает её ключ восстановления. Ключ хранится в системном хранилище ключей; если хранилища нет, его защищает секретная фраза (введённая вручную или из переменной ESCALE_PASSPHRASE).
cli-arg-escale-init-passphrase = Защитить базу секретной фразой, а не хранилищем ключей.
cli-arg-escale-init-json = Результат в формате JSON.

cli-about-escale-recover = Снова открывает базу ключом восстановления (новый компьютер, стёртое хранилище ключей, потерянные настройки ключа, забытая секретная фраза), затем снова защищает ключ. Ключ вводится вручную или берётся из переменной ESCALE_RECOVERY_KEY.
cli-arg-escale-recover-passphrase = Затем защитить ключ новой секретной фразой (введённой вручную или из переменной ESCALE_NEW_PASSPHRASE), а не хранилищем ключей.
cli-about-escale-recovery-sheet = Создаёт лист восстановления (страницу, которую нужно распечатать и хранить под замком).
cli-arg-escale-recovery-sheet-out = Файл для записи (HTML-страница).
cli-about-escale-key = Защита ключа базы.
cli-about-escale-key-protect = Помещает ключ в системное хранилище ключей или под (новую) секретную фразу. Данные не шифруются заново.
cli-arg-escale-key-protect-keyring = Хранить ключ в системном хранилище ключей.
cli-arg-escale-key-protect-passphrase = Защитить ключ новой секретной фразой (введённой вручную или из переменной ESCALE_NEW_PASSPHRASE).
cli-prompt-recovery-key = Ключ восстановления (14 групп по 4 символа):
cli-recovery-key-intro = Вот ключ восстановления. Только он снова откроет данные, если компьютер, хранилище ключей или секретная фраза потеряны:
cli-recovery-key-sheet = Распечатайте лист восстановления («escale recovery-sheet --out fiche.html») и храните его под замком, подальше от компьютера.
cli-recovered-keyring = База снова открыта ключом восстановления. Теперь её ключ хранится в системном хранилище ключей.
cli-recovered-passphrase = База снова открыта ключом восстановления. Теперь её защищает Ваша новая секретная фраза.
cli-recovery-sheet-written = Лист восстановления записан в { $path }. Распечатайте его, храните под замком, а затем удалите этот файл.
cli-key-moved-to-keyring = Теперь ключ хранится в системном хранилище ключей. Данные не изменились.
cli-key-moved-to-passphrase = Теперь ключ защищён новой секретной фразой. Данные не изменились.
cli-file-not-written = Не удалось записать файл { $path }. Ничего не записано.
cli-use-recover = Чтобы снова открыть Ваши данные: escale recover.

cli-about-escale-backup = Зашифрованные резервные копии: создать, проверить, восстановить.
cli-about-escale-backup-create = Записывает зашифрованную резервную копию всей базы в папку (на флешку). В названии файла есть дата, но ничего личного; файл открывается ключом восстановления или, если база защищена секретной фразой, секретной фразой, действующей на тот день.
cli-arg-escale-backup-create-to = Папка, куда записать резервную копию (например, флешка).
cli-arg-escale-backup-create-json = Результат в формате JSON.
cli-about-escale-backup-verify = Проверяет резервную копию: её структуру и контрольную сумму, а с ключом восстановления (ESCALE_RECOVERY_KEY) или секретной фразой (ESCALE_PASSPHRASE) — и её содержимое, которое Escale открывает и подсчитывает.
cli-arg-escale-backup-verify-file = Файл резервной копии (.escale-backup).
cli-arg-escale-backup-verify-without_secret = Только проверки, для которых не нужен никакой секрет.
cli-arg-escale-backup-verify-json = Результат в формате JSON.
cli-about-escale-backup-restore = Восстанавливает резервную копию в папку с данными (новый компьютер), предварительно полностью её проверив. Ключ восстановления (ESCALE_RECOVERY_KEY) или секретная фраза копии (ESCALE_PASSPHRASE), иначе — ввод вручную.
cli-arg-escale-backup-restore-file = Файл резервной копии (.escale-backup).
cli-arg-escale-backup-restore-replace = Заменить существующую базу: она будет отложена в папке с данными, а не удалена.
cli-arg-escale-backup-restore-passphrase = Защитить восстановленный ключ секретной фразой (ESCALE_NEW_PASSPHRASE или фразой из копии), а не хранилищем ключей.
cli-arg-escale-backup-restore-json = Результат в формате JSON.
cli-prompt-backup-passphrase = Секретная фраза базы на момент создания копии:
cli-backup-progress = Резервное копирование
cli-restore-progress = Восстановление
cli-demo-progress = Демонстрационные данные
cli-deriving-key = Открытие зашифрованной базы (вычисление ключа)…
cli-backup-written = Резервная копия записана и проверена: { $path } ({ $size }).
cli-backup-verified = Резервная копия цела, создана { $made }: { $people ->
    [one] { $people } человек
    [few] { $people } человека
    [many] { $people } человек
   *[other] { $people } человек
}, { $activities ->
    [one] { $activities } встреча
    [few] { $activities } встречи
    [many] { $activities } встреч
   *[other] { $activities } встреч
}, { $procedures ->
    [one] { $procedures } процедура
    [few] { $procedures } процедуры
    [many] { $procedures } процедур
   *[other] { $procedures } процедур
}.
cli-backup-structure-verified = Резервная копия создана { $made }: структура и контрольная сумма целы. Её содержимое не проверено (нужен ключ восстановления или секретная фраза).
cli-backup-restored = Резервная копия от { $made } восстановлена: { $people ->
    [one] { $people } человек
    [few] { $people } человека
    [many] { $people } человек
   *[other] { $people } человек
}, { $activities ->
    [one] { $activities } встреча
    [few] { $activities } встречи
    [many] { $activities } встреч
   *[other] { $activities } встреч
}, { $procedures ->
    [one] { $procedures } процедура
    [few] { $procedures } процедуры
    [many] { $procedures } процедур
   *[other] { $procedures } процедур
}.
cli-backup-set-aside = Прежние данные целы, они отложены в { $path }.
cli-backup-secret-needed = Нужен ключ восстановления (ESCALE_RECOVERY_KEY) или секретная фраза копии (ESCALE_PASSPHRASE). Ничего не изменено.

cli-about-escale-demo = Добавляет правдоподобные демонстрационные данные.
cli-arg-escale-demo-people = Сколько людей создать.
cli-arg-escale-demo-json = Результат в формате JSON.

cli-about-escale-beneficiary = Люди, которым помогают: добавить, показать список, найти, показать карточку.
cli-about-escale-beneficiary-add = Добавляет человека.
cli-arg-escale-beneficiary-add-first_name = Имя.
cli-arg-escale-beneficiary-add-last_name = Фамилия.
cli-arg-escale-beneficiary-add-latin_first_name = Имя латиницей, как во французских документах, если имя написано другим алфавитом.
cli-arg-escale-beneficiary-add-latin_last_name = Фамилия латиницей, как во французских документах, если фамилия написана другим алфавитом.
cli-arg-escale-beneficiary-add-anonymous = Аноним (без имени, для статистики).
cli-arg-escale-beneficiary-add-accompanied_before = Помощь уже оказывали раньше (в другом месте или до Escale): ни одна из консультаций здесь не считается первой.
cli-arg-escale-beneficiary-add-birth_year = Год рождения (по нему определяется возрастная группа).
cli-arg-escale-beneficiary-add-gender = Пол: masculin, feminin или non_communique.
cli-arg-escale-beneficiary-add-social_status = Положение: scolarise, sans_emploi, en_emploi, retraite или non_communique.
cli-arg-escale-beneficiary-add-insee = Код INSEE населённого пункта.
cli-arg-escale-beneficiary-add-postal_code = Почтовый индекс (определяется по коду INSEE, если не указан).
cli-arg-escale-beneficiary-add-commune = Название населённого пункта (определяется по коду INSEE, если не указано).
cli-arg-escale-beneficiary-add-phone = Телефон.
cli-arg-escale-beneficiary-add-email = Адрес электронной почты.
cli-arg-escale-beneficiary-add-languages = Язык, на котором человек говорит (код из 2 или 3 букв; параметр можно повторять).
cli-arg-escale-beneficiary-add-document_language = Язык документов для человека (fr, en, ar, fa, ps, ti, uk, ru, ro, tr, es, pt).
cli-arg-escale-beneficiary-add-notes = Заметки.
cli-arg-escale-beneficiary-add-json = Результат в формате JSON.
cli-about-escale-beneficiary-list = Показывает список людей в алфавитном порядке.
cli-arg-escale-beneficiary-list-limit = Наибольшее число строк.
cli-arg-escale-beneficiary-list-json = Результат в формате JSON.
cli-about-escale-beneficiary-search = Ищет по любой части имени, без учёта диакритических знаков и заглавных букв.
cli-arg-escale-beneficiary-search-query = Начало имени и/или фамилии.
cli-arg-escale-beneficiary-search-limit = Наибольшее число строк.
cli-arg-escale-beneficiary-search-json = Результат в формате JSON.
cli-about-escale-beneficiary-show = Показывает карточку человека, его консультации и процедуры.
cli-arg-escale-beneficiary-show-id = Идентификатор человека.
cli-arg-escale-beneficiary-show-json = Результат в формате JSON.

cli-about-escale-activity = Консультации и групповые занятия: записать, показать список.
cli-about-escale-activity-add = Записывает индивидуальную консультацию или групповое занятие.
cli-arg-escale-activity-add-beneficiaries = Идентификатор человека, которому помогали (для группового занятия можно повторять).
cli-arg-escale-activity-add-kind = Вид: individuel или collectif.
cli-arg-escale-activity-add-date = Дата (ГГГГ-ММ-ДД; по умолчанию сегодня).
cli-arg-escale-activity-add-duration = Продолжительность в минутах.
cli-arg-escale-activity-add-place_type = Формат: lieu_activite, domicile, a_distance или autre.
cli-arg-escale-activity-add-place = Идентификатор места приёма (для lieu_activite).
cli-arg-escale-activity-add-insee = Код INSEE населённого пункта (для domicile и autre).
cli-arg-escale-activity-add-postal_code = Почтовый индекс.
cli-arg-escale-activity-add-commune = Название населённого пункта.
cli-arg-escale-activity-add-themes = Тема (национальный код; можно повторять).
cli-arg-escale-activity-add-equipment = Использованные устройства (можно повторять).
cli-arg-escale-activity-add-autonomy = Самостоятельность: entierement_accompagne, partiellement_autonome или autonome.
cli-arg-escale-activity-add-orientation = Организация, куда направлен человек.
cli-arg-escale-activity-add-procedure_name = Название административной процедуры.
cli-arg-escale-activity-add-workshop_title = Название группового занятия.
cli-arg-escale-activity-add-workshop_level = Уровень занятия: debutant, intermediaire или avance.
cli-arg-escale-activity-add-anonymous_total = Число анонимных участников (групповое занятие).
cli-arg-escale-activity-add-notes = Заметки.
cli-arg-escale-activity-add-next_steps = Следующие шаги.
cli-arg-escale-activity-add-json = Результат в формате JSON.
cli-about-escale-activity-defaults = Что новая запись предлагает сначала: место дня, темы и продолжительность, которые в последнее время использовались чаще всего.
cli-arg-escale-activity-defaults-kind = Вид: individuel или collectif.
cli-arg-escale-activity-defaults-json = Результат в формате JSON.
cli-defaults-place = Предлагаемое место: { $place }
cli-defaults-place-of-day = { $place } ({ $date })
cli-defaults-themes = Темы, самые частые сначала: { $themes }
cli-defaults-durations = Продолжительность, самая частая сначала: { $durations }
cli-about-escale-activity-list = Показывает список встреч, новые сначала.
cli-arg-escale-activity-list-from = Начиная с этой даты (ГГГГ-ММ-ДД).
cli-arg-escale-activity-list-to = До этой даты (ГГГГ-ММ-ДД).
cli-arg-escale-activity-list-beneficiary = Только встречи этого человека.
cli-arg-escale-activity-list-limit = Наибольшее число строк.
cli-arg-escale-activity-list-json = Результат в формате JSON.

cli-about-escale-procedure = Административные процедуры на контроле: начать, изменить статус, отметить документы, открыть снова, показать список.
cli-about-escale-procedure-start = Начинает отслеживать процедуру из каталога вместе с её списком документов.
cli-arg-escale-procedure-start-beneficiary = Идентификатор человека.
cli-arg-escale-procedure-start-kind = Процедура из каталога (например, caf_rsa, anef_renouvellement_titre_sejour; см. escale catalogue list).
cli-arg-escale-procedure-start-status = Начальный статус (acceptee — чтобы следить за продлением уже полученного права).
cli-arg-escale-procedure-start-on = День начального статуса (ГГГГ-ММ-ДД), по умолчанию сегодня.
cli-arg-escale-procedure-start-reference = Номер дела.
cli-arg-escale-procedure-start-deadline = Крайний срок (ГГГГ-ММ-ДД).
cli-arg-escale-procedure-start-call_back = День, когда перезвонить человеку (ГГГГ-ММ-ДД).
cli-arg-escale-procedure-start-notes = Заметки.
cli-arg-escale-procedure-start-json = Результат в формате JSON.
cli-about-escale-procedure-status = Меняет статус процедуры, если таблица переходов это разрешает (прежний статус остаётся в истории).
cli-arg-escale-procedure-status-id = Идентификатор процедуры.
cli-arg-escale-procedure-status-status = Новый статус: a_faire, en_attente_de_pieces, deposee, en_instruction, acceptee, refusee или abandonnee.
cli-arg-escale-procedure-status-note = Заметка об этом изменении.
cli-arg-escale-procedure-status-on = День изменения (ГГГГ-ММ-ДД), по умолчанию сегодня.
cli-arg-escale-procedure-status-json = Результат в формате JSON.
cli-about-escale-procedure-reopen = Снова открывает завершённую процедуру (одобренную, отклонённую или прекращённую) с заметкой о причине.
cli-arg-escale-procedure-reopen-id = Идентификатор процедуры.
cli-arg-escale-procedure-reopen-note = Почему процедура открыта снова (обязательно).
cli-arg-escale-procedure-reopen-status = Статус после повторного открытия.
cli-arg-escale-procedure-reopen-on = День повторного открытия (ГГГГ-ММ-ДД), по умолчанию сегодня.
cli-arg-escale-procedure-reopen-json = Результат в формате JSON.
cli-about-escale-procedure-check = Отмечает документ процедуры: принесён, не хватает или не нужен.
cli-arg-escale-procedure-check-id = Идентификатор процедуры.
cli-arg-escale-procedure-check-document = Документ из каталога (например, rib, avis_imposition).
cli-arg-escale-procedure-check-state = Состояние документа: brought, missing или not_needed.
cli-arg-escale-procedure-check-json = Результат в формате JSON.
cli-about-escale-procedure-recurrence-done = Отмечает, что ожидаемая декларация или продление сделаны; следующая дата будет вычислена.
cli-arg-escale-procedure-recurrence-done-id = Идентификатор процедуры.
cli-arg-escale-procedure-recurrence-done-on = День, когда это сделано (ГГГГ-ММ-ДД), по умолчанию сегодня.
cli-arg-escale-procedure-recurrence-done-json = Результат в формате JSON.
cli-about-escale-procedure-edit = Меняет номер дела, даты или заметки процедуры.
cli-arg-escale-procedure-edit-id = Идентификатор процедуры.
cli-arg-escale-procedure-edit-reference = Номер дела.
cli-arg-escale-procedure-edit-deadline = Крайний срок (ГГГГ-ММ-ДД).
cli-arg-escale-procedure-edit-renewal = Дата следующего продления или следующей декларации (ГГГГ-ММ-ДД).
cli-arg-escale-procedure-edit-call_back = День, когда перезвонить человеку (ГГГГ-ММ-ДД).
cli-arg-escale-procedure-edit-clear = Дата, которую нужно стереть (можно повторять): deadline, renewal или call-back.
cli-arg-escale-procedure-edit-notes = Заметки.
cli-arg-escale-procedure-edit-json = Результат в формате JSON.
cli-about-escale-procedure-link = Связывает консультацию человека с процедурой.
cli-arg-escale-procedure-link-id = Идентификатор процедуры.
cli-arg-escale-procedure-link-activity = Идентификатор консультации.
cli-arg-escale-procedure-link-unlink = Разорвать связь вместо того, чтобы создать её.
cli-arg-escale-procedure-link-json = Результат в формате JSON.
cli-about-escale-procedure-show = Показывает процедуру: статус, даты, документы, историю, связанные консультации.
cli-arg-escale-procedure-show-id = Идентификатор процедуры.
cli-arg-escale-procedure-show-json = Результат в формате JSON.
cli-about-escale-procedure-list = Показывает список процедур, ближайший срок сначала.
cli-arg-escale-procedure-list-beneficiary = Только процедуры этого человека.
cli-arg-escale-procedure-list-json = Результат в формате JSON.
cli-about-escale-catalogue = Каталог процедур: показать список, добавить процедуры организации, скрыть ненужные.
cli-about-escale-catalogue-list = Показывает список предлагаемых процедур.
cli-arg-escale-catalogue-list-all = Также скрытые и исключённые процедуры.
cli-arg-escale-catalogue-list-json = Результат в формате JSON.
cli-about-escale-catalogue-add = Добавляет собственную процедуру организации.
cli-arg-escale-catalogue-add-label = Название процедуры.
cli-arg-escale-catalogue-add-theme = Административная тема (например, social_sante, logement).
cli-arg-escale-catalogue-add-organisation = Учреждение, которое рассматривает процедуру, из списка каталога (например, caf, mairie).
cli-arg-escale-catalogue-add-documents = Нужный документ из каталога (можно повторять).
cli-arg-escale-catalogue-add-delay = Обычный срок ответа, в днях.
cli-arg-escale-catalogue-add-json = Результат в формате JSON.
cli-about-escale-catalogue-hide = Скрывает процедуру из каталога (уже начатые процедуры остаются).
cli-arg-escale-catalogue-hide-id = Идентификатор процедуры в каталоге.
cli-arg-escale-catalogue-hide-json = Результат в формате JSON.
cli-about-escale-catalogue-show = Снова предлагает скрытую процедуру.
cli-arg-escale-catalogue-show-id = Идентификатор процедуры в каталоге.
cli-arg-escale-catalogue-show-json = Результат в формате JSON.
cli-about-escale-follow-up = На контроле: просроченное, сегодняшнее и на 7 дней вперёд (сроки, продления, декларации, процедуры без движения, звонки).
cli-arg-escale-follow-up-on = День, на который смотреть (ГГГГ-ММ-ДД), по умолчанию сегодня.
cli-arg-escale-follow-up-count = Только число пунктов.
cli-arg-escale-follow-up-json = Результат в формате JSON.

cli-about-escale-consent = Согласия человека: записать, отозвать, показать список.
cli-about-escale-consent-record = Записывает согласие человека.
cli-arg-escale-consent-record-beneficiary = Идентификатор человека.
cli-arg-escale-consent-record-method = Как человек дал согласие: oral (устно) или signed_form (подписанная форма).
cli-arg-escale-consent-record-purposes = Цель, на которую дано согласие (можно повторять): file_follow_up, administrative_procedures, contact_reminders или partner_referral.
cli-arg-escale-consent-record-date = Дата согласия (ГГГГ-ММ-ДД; по умолчанию сегодня).
cli-arg-escale-consent-record-json = Результат в формате JSON.
cli-about-escale-consent-withdraw = Записывает отзыв согласия (само согласие остаётся как доказательство).
cli-arg-escale-consent-withdraw-id = Идентификатор согласия.
cli-arg-escale-consent-withdraw-date = Дата отзыва (ГГГГ-ММ-ДД; по умолчанию сегодня).
cli-arg-escale-consent-withdraw-json = Результат в формате JSON.
cli-about-escale-consent-list = Показывает согласия человека, самое новое сначала.
cli-arg-escale-consent-list-beneficiary = Идентификатор человека.
cli-arg-escale-consent-list-json = Результат в формате JSON.

cli-about-escale-person = Права человека: копия его данных, стирание.
cli-about-escale-person-export = Записывает всё, что Escale содержит о человеке: понятный документ на его языке или JSON.
cli-arg-escale-person-export-id = Идентификатор человека.
cli-arg-escale-person-export-out = Файл для записи (доступен для чтения только Вашей учётной записи).
cli-arg-escale-person-export-json = Записать файл в формате JSON, а не понятным текстом.
cli-about-escale-person-erase = Окончательно стирает личные данные, контакты и заметки человека; его консультации остаются, анонимно, для статистики.
cli-arg-escale-person-erase-id = Идентификатор человека.
cli-arg-escale-person-erase-yes = Стереть без запроса подтверждения (для скриптов).
cli-arg-escale-person-erase-preview = Только показать, что будет стёрто, ничего не меняя.
cli-arg-escale-person-erase-json = Результат в формате JSON.

cli-about-escale-retention = Срок хранения карточек: посмотреть, изменить, посмотреть заранее, применить.
cli-about-escale-retention-show = Показывает срок хранения.
cli-arg-escale-retention-show-json = Результат в формате JSON.
cli-about-escale-retention-set = Меняет срок хранения (от 1 до 120 месяцев после последней консультации).
cli-arg-escale-retention-set-months = Число месяцев.
cli-arg-escale-retention-set-json = Результат в формате JSON.
cli-about-escale-retention-preview = Показывает карточки, которые будут обезличены на определённую дату, и с какого времени это нужно.
cli-arg-escale-retention-preview-on = Дата (ГГГГ-ММ-ДД; по умолчанию сегодня).
cli-arg-escale-retention-preview-json = Результат в формате JSON.
cli-about-escale-retention-apply = Сейчас обезличивает карточки, у которых истёк срок хранения.
cli-arg-escale-retention-apply-json = Результат в формате JSON.

cli-about-escale-audit = Журнал доступа: кто и когда просматривал или изменял какую карточку.
cli-about-escale-audit-list = Показывает журнал, самое новое сначала.
cli-arg-escale-audit-list-person = Только то, что касается карточки этого человека.
cli-arg-escale-audit-list-limit = Наибольшее число строк.
cli-arg-escale-audit-list-offset = Сколько строк пропустить (чтобы прочитать следующую страницу).
cli-arg-escale-audit-list-json = Результат в формате JSON.

cli-prompt-passphrase = Секретная фраза:
cli-prompt-new-passphrase = Новая секретная фраза (не меньше 10 символов):
cli-prompt-repeat-passphrase = Повторите секретную фразу:
cli-passphrases-differ = Две секретные фразы не совпадают. Ничего не создано.
cli-initialised-keyring = Зашифрованная база создана в { $path }. Её ключ хранится в системном хранилище ключей.
cli-initialised-passphrase = Зашифрованная база создана в { $path }. Её защищает Ваша секретная фраза: без неё данные будут потеряны.
cli-demo-done = Демонстрационные данные добавлены: людей — { $people }, встреч — { $activities } (из них групповых занятий — { $workshops }), процедур — { $procedures }.
cli-nobody-found = Никто не найден.
cli-procedure-dates = Дело: { $reference } · крайний срок: { $deadline } · продление: { $renewal } · звонок: { $callBack }
cli-procedure-linked-activity = Связанная консультация: { $id } ({ $date })
cli-catalogue-hidden = (скрыта)
cli-catalogue-retired = (исключена)
cli-follow-up-overdue = Просрочено ({ $count })
cli-follow-up-today = Сегодня ({ $count })
cli-follow-up-week = В течение 7 дней ({ $count })
cli-follow-up-nothing = Пока ничего не нужно отслеживать.
cli-follow-up-count = На контроле: просрочено — { $overdue }, сегодня — { $today }, в течение 7 дней — { $week }.
cli-anonymous-person = Аноним
cli-beneficiary-details = { $birthYear ->
    [none] Год рождения неизвестен
   *[other] Год рождения: { $birthYear } ({ $ageBand })
} · { $gender } · { $commune } · язык документов: { $documentLanguage }
cli-output-failed = Не удалось вывести результат.
cli-consent-withdrawn-on = отозвано { $date }
cli-export-written = Данные человека записаны в { $path }. Этот файл не зашифрован: передайте его человеку, а затем удалите.
cli-erase-preview-title = Стирание карточки { $name } ({ $id }):
cli-erase-preview-fields = будет стёрто: { $fields };
cli-erase-preview-no-fields = ни одно поле с личными данными или контактами не заполнено;
cli-erase-preview-texts = будет очищено: { $accompaniments ->
    [0] заметок консультаций нет
    [one] заметки { $accompaniments } консультации
    [few] заметки { $accompaniments } консультаций
    [many] заметки { $accompaniments } консультаций
   *[other] заметки { $accompaniments } консультаций
}, { $procedures ->
    [0] номеров и заметок процедур нет
    [one] номер и заметки { $procedures } процедуры
    [few] номера и заметки { $procedures } процедур
    [many] номера и заметки { $procedures } процедур
   *[other] номера и заметки { $procedures } процедур
}, { $statusNotes ->
    [0] заметок о смене статуса нет
    [one] { $statusNotes } заметка о смене статуса
    [few] { $statusNotes } заметки о смене статуса
    [many] { $statusNotes } заметок о смене статуса
   *[other] { $statusNotes } заметок о смене статуса
};
cli-erase-preview-kept = останется, без имени, для статистики: { $accompaniments ->
    [0] консультаций нет
    [one] { $accompaniments } консультация
    [few] { $accompaniments } консультации
    [many] { $accompaniments } консультаций
   *[other] { $accompaniments } консультаций
}, { $procedures ->
    [0] процедур нет
    [one] { $procedures } процедура (вид, статус, срок)
    [few] { $procedures } процедуры (вид, статус, срок)
    [many] { $procedures } процедур (вид, статус, срок)
   *[other] { $procedures } процедур (вид, статус, срок)
}, { $consents ->
    [0] согласий нет
    [one] { $consents } согласие
    [few] { $consents } согласия
    [many] { $consents } согласий
   *[other] { $consents } согласий
}, а также год рождения, пол, положение и населённый пункт.
cli-erase-confirm = Это стирание окончательное. Введите «{ $word }», чтобы подтвердить:
cli-erase-confirm-word = стереть
cli-erase-cancelled = Ничего не стёрто.
cli-erase-needs-confirmation = Стирание окончательное, и ничего не стёрто: запустите команду в терминале, чтобы увидеть, что будет удалено, и подтвердить, или добавьте --yes.
cli-erase-done = Личные данные, контакты и заметки карточки { $id } стёрты.
cli-erase-log-busy = Базу читает другая программа: старые копии остаются в её журнале записи, пока последняя программа её не закроет.
cli-retention-months = { $months ->
    [one] Срок хранения: { $months } месяц после последней консультации.
    [few] Срок хранения: { $months } месяца после последней консультации.
    [many] Срок хранения: { $months } месяцев после последней консультации.
   *[other] Срок хранения: { $months } месяцев после последней консультации.
}
cli-retention-nobody-due = На эту дату нет карточек для обезличивания.
cli-retention-applied = { $anonymised ->
    [0] Ни одна карточка не обезличена
    [one] Обезличена { $anonymised } карточка
    [few] Обезличены { $anonymised } карточки
    [many] Обезличено { $anonymised } карточек
   *[other] Обезличено { $anonymised } карточек
} (хранение: { $months } мес.); удалено старых строк журнала: { $pruned }.
cli-audit-empty = Журнал пуст.
cli-audit-more = Есть ещё строки: --offset { $offset }.

## Several mediators on one computer
cli-arg-escale-mediator = Медиатор, чьи данные открываются, если на этом компьютере их хранят несколько медиаторов (см. «escale mediator list»).
cli-about-escale-mediator = Медиаторы, которые хранят свои данные на этом компьютере, каждый в своей базе, под своей секретной фразой.
cli-about-escale-mediator-list = Показывает список медиаторов этого компьютера.
cli-arg-escale-mediator-list-json = Результат в формате JSON.
cli-about-escale-mediator-add = Добавляет медиатора: новую базу, защищённую его секретной фразой (введённой вручную или из переменной ESCALE_NEW_PASSPHRASE).
cli-arg-escale-mediator-add-name = Имя, которое будет в списке медиаторов.
cli-arg-escale-mediator-add-json = Результат в формате JSON.
cli-about-escale-mediator-rename = Меняет имя медиатора в списке.
cli-arg-escale-mediator-rename-id = Идентификатор медиатора (см. «escale mediator list»).
cli-arg-escale-mediator-rename-name = Новое имя.
cli-arg-escale-mediator-rename-json = Результат в формате JSON.
cli-mediator-none = Ни у одного медиатора ещё нет данных на этом компьютере.
cli-mediator-unnamed = (без имени)
cli-mediator-line = { $id }  { $name }  { $protection ->
        [keyring] системное хранилище ключей
        [passphrase] секретная фраза
       *[other] неизвестная защита: воспользуйтесь ключом восстановления
    }
cli-mediator-added = Медиатор добавлен. Открывайте его данные с помощью «--mediator { $id }».
cli-mediator-choose = Несколько медиаторов хранят свои данные на этом компьютере. Выберите свои с помощью «--mediator ID» (список: «escale mediator list»).
