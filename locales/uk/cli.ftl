# The "escale" command line: help (cli-about-<command>, cli-arg-<command>-<option>) and messages.

cli-about-escale = Escale у командному рядку: ті самі зашифровані дані, що й у застосунку, для адміністрування і скриптів.
cli-arg-escale-data_dir = Папка з даними (типово — папка застосунку; змінна ESCALE_DATA_DIR).
cli-arg-escale-lang = Мова повідомлень (типово fr; змінна ESCALE_LANG).
cli-arg-escale-json = Результат у форматі JSON, для скриптів.

cli-about-escale-init = Створює зашифровану базу й показує її ключ відновлення. Ключ зберігається в системному сховищі ключів; якщо сховища немає, його захищає секретна фраза (введена вручну або зі змінної ESCALE_PASSPHRASE).
cli-arg-escale-init-passphrase = Захистити базу секретною фразою, а не сховищем ключів.
cli-arg-escale-init-json = Результат у форматі JSON.

cli-about-escale-recover = Знову відкриває базу ключем відновлення (новий комп’ютер, стерте сховище ключів, втрачені налаштування ключа, забута секретна фраза), а потім знову захищає ключ. Ключ вводиться вручну або береться зі змінної ESCALE_RECOVERY_KEY.
cli-arg-escale-recover-passphrase = Потім захистити ключ новою секретною фразою (введеною вручну або зі змінної ESCALE_NEW_PASSPHRASE), а не сховищем ключів.
cli-about-escale-recovery-sheet = Створює аркуш відновлення (сторінку, яку треба надрукувати й зберігати під замком).
cli-arg-escale-recovery-sheet-out = Файл для запису (HTML-сторінка).
cli-about-escale-key = Захист ключа бази.
cli-about-escale-key-protect = Зберігає ключ у системному сховищі ключів або під (новою) секретною фразою. Дані не шифруються заново.
cli-arg-escale-key-protect-keyring = Зберігати ключ у системному сховищі ключів.
cli-arg-escale-key-protect-passphrase = Захистити ключ новою секретною фразою (введеною вручну або зі змінної ESCALE_NEW_PASSPHRASE).
cli-prompt-recovery-key = Ключ відновлення (14 груп по 4 символи):
cli-recovery-key-intro = Ось ключ відновлення. Лише він знову відкриє дані, якщо комп’ютер, сховище ключів або секретну фразу втрачено:
cli-recovery-key-sheet = Надрукуйте аркуш відновлення («escale recovery-sheet --out fiche.html») і зберігайте його під замком, подалі від комп’ютера.
cli-recovered-keyring = Базу знову відкрито ключем відновлення. Тепер її ключ зберігається в системному сховищі ключів.
cli-recovered-passphrase = Базу знову відкрито ключем відновлення. Тепер її захищає Ваша нова секретна фраза.
cli-recovery-sheet-written = Аркуш відновлення записано в { $path }. Надрукуйте його, зберігайте під замком, а потім видаліть цей файл.
cli-key-moved-to-keyring = Тепер ключ зберігається в системному сховищі ключів. Дані не змінилися.
cli-key-moved-to-passphrase = Тепер ключ захищено новою секретною фразою. Дані не змінилися.
cli-file-not-written = Не вдалося записати файл { $path }. Нічого не записано.
cli-use-recover = Щоб знову відкрити Ваші дані: escale recover.

cli-about-escale-backup = Зашифровані резервні копії: створити, перевірити, відновити.
cli-about-escale-backup-create = Записує зашифровану резервну копію всієї бази в папку (на USB-флешку). У назві файлу є дата, але нічого особистого; файл відкривається ключем відновлення або, якщо базу захищено секретною фразою, секретною фразою, чинною на той день.
cli-arg-escale-backup-create-to = Папка, куди записати резервну копію (наприклад, USB-флешка).
cli-arg-escale-backup-create-json = Результат у форматі JSON.
cli-about-escale-backup-verify = Перевіряє резервну копію: її структуру й контрольну суму, а з ключем відновлення (ESCALE_RECOVERY_KEY) або секретною фразою (ESCALE_PASSPHRASE) — і її вміст, який Escale відкриває й підраховує.
cli-arg-escale-backup-verify-file = Файл резервної копії (.escale-backup).
cli-arg-escale-backup-verify-without_secret = Лише перевірки, для яких не потрібен жоден секрет.
cli-arg-escale-backup-verify-json = Результат у форматі JSON.
cli-about-escale-backup-restore = Відновлює резервну копію в папку з даними (новий комп’ютер), попередньо повністю її перевіривши. Ключ відновлення (ESCALE_RECOVERY_KEY) або секретна фраза копії (ESCALE_PASSPHRASE), інакше — введення вручну.
cli-arg-escale-backup-restore-file = Файл резервної копії (.escale-backup).
cli-arg-escale-backup-restore-replace = Замінити наявну базу: її буде відкладено в папці з даними, а не видалено.
cli-arg-escale-backup-restore-passphrase = Захистити відновлений ключ секретною фразою (ESCALE_NEW_PASSPHRASE або фразою з копії), а не сховищем ключів.
cli-arg-escale-backup-restore-json = Результат у форматі JSON.
cli-prompt-backup-passphrase = Секретна фраза бази на момент створення копії:
cli-backup-progress = Резервне копіювання
cli-restore-progress = Відновлення
cli-demo-progress = Демонстраційні дані
cli-deriving-key = Відкриття зашифрованої бази (виведення ключа)…
cli-backup-written = Резервну копію записано й перевірено: { $path } ({ $size }).
cli-backup-verified = Резервна копія неушкоджена, створена { $made }: { $people ->
    [one] { $people } людина
    [few] { $people } людини
    [many] { $people } людей
   *[other] { $people } людей
}, { $activities ->
    [one] { $activities } зустріч
    [few] { $activities } зустрічі
    [many] { $activities } зустрічей
   *[other] { $activities } зустрічей
}, { $procedures ->
    [one] { $procedures } процедура
    [few] { $procedures } процедури
    [many] { $procedures } процедур
   *[other] { $procedures } процедур
}.
cli-backup-structure-verified = Резервна копія створена { $made }: структура й контрольна сума неушкоджені. Її вміст не перевірено (потрібен ключ відновлення або секретна фраза).
cli-backup-restored = Резервну копію від { $made } відновлено: { $people ->
    [one] { $people } людина
    [few] { $people } людини
    [many] { $people } людей
   *[other] { $people } людей
}, { $activities ->
    [one] { $activities } зустріч
    [few] { $activities } зустрічі
    [many] { $activities } зустрічей
   *[other] { $activities } зустрічей
}, { $procedures ->
    [one] { $procedures } процедура
    [few] { $procedures } процедури
    [many] { $procedures } процедур
   *[other] { $procedures } процедур
}.
cli-backup-set-aside = Попередні дані неушкоджені, їх відкладено в { $path }.
cli-backup-secret-needed = Потрібен ключ відновлення (ESCALE_RECOVERY_KEY) або секретна фраза копії (ESCALE_PASSPHRASE). Нічого не змінено.

cli-about-escale-demo = Додає правдоподібні демонстраційні дані.
cli-arg-escale-demo-people = Скільки людей створити.
cli-arg-escale-demo-json = Результат у форматі JSON.

cli-about-escale-beneficiary = Люди, яким допомагають: додати, показати список, знайти, показати картку.
cli-about-escale-beneficiary-add = Додає людину.
cli-arg-escale-beneficiary-add-first_name = Ім’я.
cli-arg-escale-beneficiary-add-last_name = Прізвище.
cli-arg-escale-beneficiary-add-latin_first_name = Ім’я латиницею, як у французьких документах, якщо ім’я написане іншою абеткою.
cli-arg-escale-beneficiary-add-latin_last_name = Прізвище латиницею, як у французьких документах, якщо прізвище написане іншою абеткою.
cli-arg-escale-beneficiary-add-anonymous = Анонімна особа (без імені, для статистики).
cli-arg-escale-beneficiary-add-accompanied_before = Уже отримувала допомогу раніше (деінде або до Escale): жодна з її консультацій тут не є першою.
cli-arg-escale-beneficiary-add-birth_year = Рік народження (за ним визначається вікова група).
cli-arg-escale-beneficiary-add-gender = Стать: masculin, feminin або non_communique.
cli-arg-escale-beneficiary-add-social_status = Становище: scolarise, sans_emploi, en_emploi, retraite або non_communique.
cli-arg-escale-beneficiary-add-insee = Код INSEE населеного пункту.
cli-arg-escale-beneficiary-add-postal_code = Поштовий індекс (визначається за кодом INSEE, якщо не вказано).
cli-arg-escale-beneficiary-add-commune = Назва населеного пункту (визначається за кодом INSEE, якщо не вказано).
cli-arg-escale-beneficiary-add-phone = Телефон.
cli-arg-escale-beneficiary-add-email = Адреса електронної пошти.
cli-arg-escale-beneficiary-add-languages = Мова, якою людина розмовляє (код із 2 або 3 літер; параметр можна повторювати).
cli-arg-escale-beneficiary-add-document_language = Мова виданих документів (fr, en, ar, fa, ps, ti, uk, ru, ro, tr, es, pt).
cli-arg-escale-beneficiary-add-notes = Нотатки.
cli-arg-escale-beneficiary-add-json = Результат у форматі JSON.
cli-about-escale-beneficiary-list = Показує список людей в алфавітному порядку.
cli-arg-escale-beneficiary-list-limit = Найбільша кількість рядків.
cli-arg-escale-beneficiary-list-json = Результат у форматі JSON.
cli-about-escale-beneficiary-search = Шукає за будь-якою частиною імені, без урахування наголосів і великих літер.
cli-arg-escale-beneficiary-search-query = Початок імені та/або прізвища.
cli-arg-escale-beneficiary-search-limit = Найбільша кількість рядків.
cli-arg-escale-beneficiary-search-json = Результат у форматі JSON.
cli-about-escale-beneficiary-show = Показує картку людини, її консультації та процедури.
cli-arg-escale-beneficiary-show-id = Ідентифікатор людини.
cli-arg-escale-beneficiary-show-json = Результат у форматі JSON.

cli-about-escale-activity = Консультації та групові заняття: записати, показати список.
cli-about-escale-activity-add = Записує індивідуальну консультацію або групове заняття.
cli-arg-escale-activity-add-beneficiaries = Ідентифікатор людини, якій допомагали (для групового заняття можна повторювати).
cli-arg-escale-activity-add-kind = Вид: individuel або collectif.
cli-arg-escale-activity-add-date = Дата (РРРР-ММ-ДД; типово сьогодні).
cli-arg-escale-activity-add-duration = Тривалість у хвилинах.
cli-arg-escale-activity-add-place_type = Формат: lieu_activite, domicile, a_distance або autre.
cli-arg-escale-activity-add-place = Ідентифікатор місця прийому (для lieu_activite).
cli-arg-escale-activity-add-insee = Код INSEE населеного пункту (для domicile і autre).
cli-arg-escale-activity-add-postal_code = Поштовий індекс.
cli-arg-escale-activity-add-commune = Назва населеного пункту.
cli-arg-escale-activity-add-themes = Тема (національний код; можна повторювати).
cli-arg-escale-activity-add-equipment = Використані пристрої (можна повторювати).
cli-arg-escale-activity-add-autonomy = Самостійність: entierement_accompagne, partiellement_autonome або autonome.
cli-arg-escale-activity-add-orientation = Організація, до якої направлено людину.
cli-arg-escale-activity-add-procedure_name = Назва адміністративної процедури.
cli-arg-escale-activity-add-workshop_title = Назва групового заняття.
cli-arg-escale-activity-add-workshop_level = Рівень заняття: debutant, intermediaire або avance.
cli-arg-escale-activity-add-anonymous_total = Кількість анонімних учасників (групове заняття).
cli-arg-escale-activity-add-notes = Нотатки.
cli-arg-escale-activity-add-next_steps = Наступні кроки.
cli-arg-escale-activity-add-json = Результат у форматі JSON.
cli-about-escale-activity-defaults = Що новий запис пропонує спочатку: місце дня, теми й тривалості, які останнім часом використовували найчастіше.
cli-arg-escale-activity-defaults-kind = Вид: individuel або collectif.
cli-arg-escale-activity-defaults-json = Результат у форматі JSON.
cli-defaults-place = Запропоноване місце: { $place }
cli-defaults-place-of-day = { $place } ({ $date })
cli-defaults-themes = Теми, найчастіші спочатку: { $themes }
cli-defaults-durations = Тривалості, найчастіші спочатку: { $durations }
cli-about-escale-activity-list = Показує список зустрічей, найновіші спочатку.
cli-arg-escale-activity-list-from = Починаючи з цієї дати (РРРР-ММ-ДД).
cli-arg-escale-activity-list-to = До цієї дати (РРРР-ММ-ДД).
cli-arg-escale-activity-list-beneficiary = Лише зустрічі цієї людини.
cli-arg-escale-activity-list-limit = Найбільша кількість рядків.
cli-arg-escale-activity-list-json = Результат у форматі JSON.

cli-about-escale-procedure = Адміністративні процедури під контролем: почати, змінити статус, позначити документи, відкрити знову, показати список.
cli-about-escale-procedure-start = Починає стежити за процедурою з каталогу, разом із її списком документів.
cli-arg-escale-procedure-start-beneficiary = Ідентифікатор людини.
cli-arg-escale-procedure-start-kind = Процедура з каталогу (наприклад, caf_rsa, anef_renouvellement_titre_sejour; див. escale catalogue list).
cli-arg-escale-procedure-start-status = Початковий статус (acceptee — щоб стежити за продовженням уже отриманого права).
cli-arg-escale-procedure-start-on = День початкового статусу (РРРР-ММ-ДД), типово сьогодні.
cli-arg-escale-procedure-start-reference = Номер справи.
cli-arg-escale-procedure-start-deadline = Кінцевий термін (РРРР-ММ-ДД).
cli-arg-escale-procedure-start-call_back = День, коли передзвонити людині (РРРР-ММ-ДД).
cli-arg-escale-procedure-start-notes = Нотатки.
cli-arg-escale-procedure-start-json = Результат у форматі JSON.
cli-about-escale-procedure-status = Змінює статус процедури, якщо таблиця переходів це дозволяє (попередній статус залишається в історії).
cli-arg-escale-procedure-status-id = Ідентифікатор процедури.
cli-arg-escale-procedure-status-status = Новий статус: a_faire, en_attente_de_pieces, deposee, en_instruction, acceptee, refusee або abandonnee.
cli-arg-escale-procedure-status-note = Нотатка про цю зміну.
cli-arg-escale-procedure-status-on = День зміни (РРРР-ММ-ДД), типово сьогодні.
cli-arg-escale-procedure-status-json = Результат у форматі JSON.
cli-about-escale-procedure-reopen = Знову відкриває завершену процедуру (схвалену, відхилену або припинену) з нотаткою, чому.
cli-arg-escale-procedure-reopen-id = Ідентифікатор процедури.
cli-arg-escale-procedure-reopen-note = Чому процедуру відкрито знову (обов’язково).
cli-arg-escale-procedure-reopen-status = Статус після повторного відкриття.
cli-arg-escale-procedure-reopen-on = День повторного відкриття (РРРР-ММ-ДД), типово сьогодні.
cli-arg-escale-procedure-reopen-json = Результат у форматі JSON.
cli-about-escale-procedure-check = Позначає документ процедури: принесено, бракує або не потрібно.
cli-arg-escale-procedure-check-id = Ідентифікатор процедури.
cli-arg-escale-procedure-check-document = Документ із каталогу (наприклад, rib, avis_imposition).
cli-arg-escale-procedure-check-state = Стан документа: brought, missing або not_needed.
cli-arg-escale-procedure-check-json = Результат у форматі JSON.
cli-about-escale-procedure-recurrence-done = Позначає, що очікувану декларацію або продовження зроблено; наступну дату буде обчислено.
cli-arg-escale-procedure-recurrence-done-id = Ідентифікатор процедури.
cli-arg-escale-procedure-recurrence-done-on = День, коли це зроблено (РРРР-ММ-ДД), типово сьогодні.
cli-arg-escale-procedure-recurrence-done-json = Результат у форматі JSON.
cli-about-escale-procedure-edit = Змінює номер справи, дати або нотатки процедури.
cli-arg-escale-procedure-edit-id = Ідентифікатор процедури.
cli-arg-escale-procedure-edit-reference = Номер справи.
cli-arg-escale-procedure-edit-deadline = Кінцевий термін (РРРР-ММ-ДД).
cli-arg-escale-procedure-edit-renewal = Дата наступного продовження або наступної декларації (РРРР-ММ-ДД).
cli-arg-escale-procedure-edit-call_back = День, коли передзвонити людині (РРРР-ММ-ДД).
cli-arg-escale-procedure-edit-clear = Дата, яку треба стерти (можна повторювати): deadline, renewal або call-back.
cli-arg-escale-procedure-edit-notes = Нотатки.
cli-arg-escale-procedure-edit-json = Результат у форматі JSON.
cli-about-escale-procedure-link = Пов’язує консультацію людини з процедурою.
cli-arg-escale-procedure-link-id = Ідентифікатор процедури.
cli-arg-escale-procedure-link-activity = Ідентифікатор консультації.
cli-arg-escale-procedure-link-unlink = Розірвати зв’язок замість того, щоб створити.
cli-arg-escale-procedure-link-json = Результат у форматі JSON.
cli-about-escale-procedure-show = Показує процедуру: статус, дати, документи, історію, пов’язані консультації.
cli-arg-escale-procedure-show-id = Ідентифікатор процедури.
cli-arg-escale-procedure-show-json = Результат у форматі JSON.
cli-about-escale-procedure-list = Показує список процедур, найближчий термін спочатку.
cli-arg-escale-procedure-list-beneficiary = Лише процедури цієї людини.
cli-arg-escale-procedure-list-json = Результат у форматі JSON.
cli-about-escale-catalogue = Каталог процедур: показати список, додати процедури організації, приховати непотрібні.
cli-about-escale-catalogue-list = Показує список запропонованих процедур.
cli-arg-escale-catalogue-list-all = Також приховані й вилучені процедури.
cli-arg-escale-catalogue-list-json = Результат у форматі JSON.
cli-about-escale-catalogue-add = Додає власну процедуру організації.
cli-arg-escale-catalogue-add-label = Назва процедури.
cli-arg-escale-catalogue-add-theme = Адміністративна тема (наприклад, social_sante, logement).
cli-arg-escale-catalogue-add-organisation = Установа, яка розглядає процедуру, зі списку каталогу (наприклад, caf, mairie).
cli-arg-escale-catalogue-add-documents = Потрібний документ із каталогу (можна повторювати).
cli-arg-escale-catalogue-add-delay = Звичайний строк відповіді, у днях.
cli-arg-escale-catalogue-add-json = Результат у форматі JSON.
cli-about-escale-catalogue-hide = Приховує процедуру з каталогу (уже розпочаті процедури залишаються).
cli-arg-escale-catalogue-hide-id = Ідентифікатор процедури в каталозі.
cli-arg-escale-catalogue-hide-json = Результат у форматі JSON.
cli-about-escale-catalogue-show = Знову пропонує приховану процедуру.
cli-arg-escale-catalogue-show-id = Ідентифікатор процедури в каталозі.
cli-arg-escale-catalogue-show-json = Результат у форматі JSON.
cli-about-escale-follow-up = На контролі: прострочене, сьогоднішнє і на 7 днів уперед (терміни, продовження, декларації, процедури без руху, дзвінки).
cli-arg-escale-follow-up-on = День, на який дивитися (РРРР-ММ-ДД), типово сьогодні.
cli-arg-escale-follow-up-count = Лише кількість пунктів.
cli-arg-escale-follow-up-json = Результат у форматі JSON.

cli-about-escale-consent = Згоди людини: записати, відкликати, показати список.
cli-about-escale-consent-record = Записує згоду людини.
cli-arg-escale-consent-record-beneficiary = Ідентифікатор людини.
cli-arg-escale-consent-record-method = Як людина дала згоду: oral (усно) або signed_form (підписана форма).
cli-arg-escale-consent-record-purposes = Мета, на яку дано згоду (можна повторювати): file_follow_up, administrative_procedures, contact_reminders або partner_referral.
cli-arg-escale-consent-record-date = Дата згоди (РРРР-ММ-ДД; типово сьогодні).
cli-arg-escale-consent-record-json = Результат у форматі JSON.
cli-about-escale-consent-withdraw = Записує відкликання згоди (сама згода залишається як доказ).
cli-arg-escale-consent-withdraw-id = Ідентифікатор згоди.
cli-arg-escale-consent-withdraw-date = Дата відкликання (РРРР-ММ-ДД; типово сьогодні).
cli-arg-escale-consent-withdraw-json = Результат у форматі JSON.
cli-about-escale-consent-list = Показує згоди людини, найновіша спочатку.
cli-arg-escale-consent-list-beneficiary = Ідентифікатор людини.
cli-arg-escale-consent-list-json = Результат у форматі JSON.

cli-about-escale-person = Права людини: копія її даних, стирання.
cli-about-escale-person-export = Записує все, що Escale містить про людину: зрозумілий документ її мовою або JSON.
cli-arg-escale-person-export-id = Ідентифікатор людини.
cli-arg-escale-person-export-out = Файл для запису (доступний для читання лише Вашому обліковому запису).
cli-arg-escale-person-export-json = Записати файл у форматі JSON, а не зрозумілим текстом.
cli-about-escale-person-erase = Остаточно стирає особисті дані, контакти й нотатки людини; її консультації залишаються, анонімно, для статистики.
cli-arg-escale-person-erase-id = Ідентифікатор людини.
cli-arg-escale-person-erase-yes = Стерти без запиту підтвердження (для скриптів).
cli-arg-escale-person-erase-preview = Лише показати, що буде стерто, нічого не змінюючи.
cli-arg-escale-person-erase-json = Результат у форматі JSON.

cli-about-escale-retention = Термін зберігання карток: переглянути, змінити, попередньо переглянути, застосувати.
cli-about-escale-retention-show = Показує термін зберігання.
cli-arg-escale-retention-show-json = Результат у форматі JSON.
cli-about-escale-retention-set = Змінює термін зберігання (від 1 до 120 місяців після останньої консультації).
cli-arg-escale-retention-set-months = Кількість місяців.
cli-arg-escale-retention-set-json = Результат у форматі JSON.
cli-about-escale-retention-preview = Показує картки, які буде знеособлено на певну дату, і з якого часу це потрібно.
cli-arg-escale-retention-preview-on = Дата (РРРР-ММ-ДД; типово сьогодні).
cli-arg-escale-retention-preview-json = Результат у форматі JSON.
cli-about-escale-retention-apply = Зараз знеособлює картки, термін зберігання яких минув.
cli-arg-escale-retention-apply-json = Результат у форматі JSON.

cli-about-escale-audit = Журнал доступу: хто і коли переглядав або змінював яку картку.
cli-about-escale-audit-list = Показує журнал, найновіше спочатку.
cli-arg-escale-audit-list-person = Лише те, що стосується картки цієї людини.
cli-arg-escale-audit-list-limit = Найбільша кількість рядків.
cli-arg-escale-audit-list-offset = Скільки рядків пропустити (щоб прочитати наступну сторінку).
cli-arg-escale-audit-list-json = Результат у форматі JSON.

cli-prompt-passphrase = Секретна фраза:
cli-prompt-new-passphrase = Нова секретна фраза (щонайменше 10 символів):
cli-prompt-repeat-passphrase = Повторіть секретну фразу:
cli-passphrases-differ = Дві секретні фрази різні. Нічого не створено.
cli-initialised-keyring = Зашифровану базу створено в { $path }. Її ключ зберігається в системному сховищі ключів.
cli-initialised-passphrase = Зашифровану базу створено в { $path }. Її захищає Ваша секретна фраза: без неї дані буде втрачено.
cli-demo-done = Демонстраційні дані додано: людей — { $people }, зустрічей — { $activities } (з них групових занять — { $workshops }), процедур — { $procedures }.
cli-nobody-found = Нікого не знайдено.
cli-procedure-dates = Справа: { $reference } · кінцевий термін: { $deadline } · продовження: { $renewal } · дзвінок: { $callBack }
cli-procedure-linked-activity = Пов’язана консультація: { $id } ({ $date })
cli-catalogue-hidden = (прихована)
cli-catalogue-retired = (вилучена)
cli-follow-up-overdue = Прострочено ({ $count })
cli-follow-up-today = Сьогодні ({ $count })
cli-follow-up-week = Протягом 7 днів ({ $count })
cli-follow-up-nothing = Поки що нічого не треба відстежувати.
cli-follow-up-count = На контролі: прострочено — { $overdue }, сьогодні — { $today }, протягом 7 днів — { $week }.
cli-anonymous-person = Анонімна особа
cli-beneficiary-details = { $birthYear ->
    [none] Рік народження невідомий
   *[other] Рік народження: { $birthYear } ({ $ageBand })
} · { $gender } · { $commune } · мова документів: { $documentLanguage }
cli-output-failed = Не вдалося вивести результат.
cli-consent-withdrawn-on = відкликано { $date }
cli-export-written = Дані людини записано в { $path }. Цей файл не зашифровано: передайте його людині, а потім видаліть.
cli-erase-preview-title = Стирання картки { $name } ({ $id }):
cli-erase-preview-fields = буде стерто: { $fields };
cli-erase-preview-no-fields = жодне поле з особистими даними чи контактами не заповнене;
cli-erase-preview-texts = буде очищено: { $accompaniments ->
    [0] нотаток консультацій немає
    [one] нотатки { $accompaniments } консультації
    [few] нотатки { $accompaniments } консультацій
    [many] нотатки { $accompaniments } консультацій
   *[other] нотатки { $accompaniments } консультацій
}, { $procedures ->
    [0] номерів і нотаток процедур немає
    [one] номер і нотатки { $procedures } процедури
    [few] номери й нотатки { $procedures } процедур
    [many] номери й нотатки { $procedures } процедур
   *[other] номери й нотатки { $procedures } процедур
}, { $statusNotes ->
    [0] нотаток про зміну статусу немає
    [one] { $statusNotes } нотатка про зміну статусу
    [few] { $statusNotes } нотатки про зміну статусу
    [many] { $statusNotes } нотаток про зміну статусу
   *[other] { $statusNotes } нотаток про зміну статусу
};
cli-erase-preview-kept = залишиться, без імені, для статистики: { $accompaniments ->
    [0] консультацій немає
    [one] { $accompaniments } консультація
    [few] { $accompaniments } консультації
    [many] { $accompaniments } консультацій
   *[other] { $accompaniments } консультацій
}, { $procedures ->
    [0] процедур немає
    [one] { $procedures } процедура (вид, статус, термін)
    [few] { $procedures } процедури (вид, статус, термін)
    [many] { $procedures } процедур (вид, статус, термін)
   *[other] { $procedures } процедур (вид, статус, термін)
}, { $consents ->
    [0] згод немає
    [one] { $consents } згода
    [few] { $consents } згоди
    [many] { $consents } згод
   *[other] { $consents } згод
}, а також рік народження, стать, становище й населений пункт.
cli-erase-confirm = Це стирання остаточне. Введіть «{ $word }», щоб підтвердити:
cli-erase-confirm-word = стерти
cli-erase-cancelled = Нічого не стерто.
cli-erase-needs-confirmation = Стирання остаточне, і нічого не стерто: запустіть команду в терміналі, щоб побачити, що буде видалено, і підтвердити, або додайте --yes.
cli-erase-done = Особисті дані, контакти й нотатки картки { $id } стерто.
cli-erase-log-busy = Базу читає інша програма: старі копії залишаються в її журналі запису, доки остання програма її не закриє.
cli-retention-months = { $months ->
    [one] Термін зберігання: { $months } місяць після останньої консультації.
    [few] Термін зберігання: { $months } місяці після останньої консультації.
    [many] Термін зберігання: { $months } місяців після останньої консультації.
   *[other] Термін зберігання: { $months } місяців після останньої консультації.
}
cli-retention-nobody-due = На цю дату немає карток для знеособлення.
cli-retention-applied = { $anonymised ->
    [0] Жодну картку не знеособлено
    [one] Знеособлено { $anonymised } картку
    [few] Знеособлено { $anonymised } картки
    [many] Знеособлено { $anonymised } карток
   *[other] Знеособлено { $anonymised } карток
} (зберігання: { $months } міс.); видалено старих рядків журналу: { $pruned }.
cli-audit-empty = Журнал порожній.
cli-audit-more = Є ще рядки: --offset { $offset }.

## Several mediators on one computer
cli-arg-escale-mediator = Медіатор, чиї дані відкриваються, якщо їх на цьому комп’ютері зберігають кілька медіаторів (див. «escale mediator list»).
cli-about-escale-mediator = Медіатори, які зберігають свої дані на цьому комп’ютері, кожен у своїй базі, під власною секретною фразою.
cli-about-escale-mediator-list = Показує список медіаторів цього комп’ютера.
cli-arg-escale-mediator-list-json = Результат у форматі JSON.
cli-about-escale-mediator-add = Додає медіатора: нову базу, захищену його секретною фразою (введеною вручну або зі змінної ESCALE_NEW_PASSPHRASE).
cli-arg-escale-mediator-add-name = Ім’я, яке буде у списку медіаторів.
cli-arg-escale-mediator-add-json = Результат у форматі JSON.
cli-about-escale-mediator-rename = Змінює ім’я медіатора у списку.
cli-arg-escale-mediator-rename-id = Ідентифікатор медіатора (див. «escale mediator list»).
cli-arg-escale-mediator-rename-name = Нове ім’я.
cli-arg-escale-mediator-rename-json = Результат у форматі JSON.
cli-mediator-none = Жоден медіатор ще не має даних на цьому комп’ютері.
cli-mediator-unnamed = (без імені)
cli-mediator-line = { $id }  { $name }  { $protection ->
        [keyring] системне сховище ключів
        [passphrase] секретна фраза
       *[other] невідомий захист: скористайтеся ключем відновлення
    }
cli-mediator-added = Медіатора додано. Відкривайте його дані за допомогою «--mediator { $id }».
cli-mediator-choose = Кілька медіаторів зберігають свої дані на цьому комп’ютері. Виберіть свої за допомогою «--mediator ID» (список: «escale mediator list»).
