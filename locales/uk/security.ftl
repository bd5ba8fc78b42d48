# Locking, PIN code and security settings.

lock-now = Заблокувати
shortcut-lock = Ctrl+L
lock-title = Escale заблоковано
lock-pin = PIN-код
lock-no-pin = PIN-код не вибрано: це блокування лише приховує екран. Виберіть PIN-код у розділі «Безпека».
lock-wrong-pin = { $attemptsLeft ->
    [one] Неправильний PIN-код. Залишилася { $attemptsLeft } спроба.
    [few] Неправильний PIN-код. Залишилися { $attemptsLeft } спроби.
    [many] Неправильний PIN-код. Залишилося { $attemptsLeft } спроб.
   *[other] Неправильний PIN-код. Залишилося { $attemptsLeft } спроб.
}
lock-locked-out-passphrase = Забагато спроб. Тепер введіть секретну фразу.
lock-locked-out-recovery = Забагато спроб. Тепер введіть ключ відновлення.
security-title = Безпека
security-lock-title = Блокування
security-pin-is-set = PIN-код вибрано. Він розблоковує Escale, коли Ви повертаєтеся.
security-pin-not-set = PIN-код не вибрано. Виберіть його: його запитуватимуть, коли Escale заблокується.
security-new-pin = Новий PIN-код (від 4 до 12 цифр)
security-new-pin-repeat = Новий PIN-код ще раз
security-save-pin = Зберегти PIN-код
security-pin-saved = PIN-код збережено.
security-idle = Блокувати через
security-idle-minutes = { $minutes ->
    [one] { $minutes } хвилину бездіяльності
    [few] { $minutes } хвилини бездіяльності
    [many] { $minutes } хвилин бездіяльності
   *[other] { $minutes } хвилин бездіяльності
}
security-idle-saved = { $minutes ->
    [one] Escale заблокується через { $minutes } хвилину бездіяльності.
    [few] Escale заблокується через { $minutes } хвилини бездіяльності.
    [many] Escale заблокується через { $minutes } хвилин бездіяльності.
   *[other] Escale заблокується через { $minutes } хвилин бездіяльності.
}
security-sheet-explanation = Аркуш відновлення знову відкриває дані, якщо комп’ютер, сховище ключів або секретну фразу втрачено. Надрукуйте його ще раз, якщо загубили.
security-show-sheet = Показати аркуш відновлення
security-hide-sheet = Сховати аркуш
security-key-title = Захист ключа
security-key-is-keyring = Ключ зберігається у сховищі ключів Вашого сеансу. На спільному комп’ютері краще захистіть його секретною фразою.
security-key-is-passphrase = Ключ захищено секретною фразою.
security-current-passphrase = Поточна секретна фраза
security-change-passphrase = Змінити секретну фразу
security-move-to-passphrase = Захистити цією секретною фразою
security-move-to-keyring = Використовувати натомість сховище ключів
security-passphrase-saved = Тепер ключ захищає нова секретна фраза.
security-moved-to-keyring = Тепер ключ зберігається у сховищі ключів сеансу.
security-no-reencryption = Дані не шифруються заново, а аркуш відновлення залишається дійсним.
error-ui-pins-differ = Два PIN-коди різні.
setup-pin = PIN-код для розблокування Escale (від 4 до 12 цифр)
setup-pin-help = Escale блокується, коли Ви відходите; цей код знову його відкриває.

backup-title = Резервна копія
backup-never = На цьому комп’ютері ще не зроблено жодної резервної копії.
backup-too-old = { $days ->
    [one] Остання резервна копія була { $days } день тому.
    [few] Остання резервна копія була { $days } дні тому.
    [many] Остання резервна копія була { $days } днів тому.
   *[other] Остання резервна копія була { $days } днів тому.
}
backup-explanation = Під’єднайте USB-флешку і робіть резервну копію хоча б раз на тиждень. Копія зашифрована так само, як Ваші дані: вона відкривається ключем відновлення.
backup-folder = Куди зберегти копію
backup-now = Зробити копію зараз
backup-working = Створення резервної копії… потім перевірка файлу.
backup-done = Резервну копію зроблено й перевірено ({ $megabytes } МБ):
work-cancel = Скасувати
work-cancelling = Скасування…

## Restoring a backup at first start
setup-restore-offer = У Вас уже був Escale на іншому комп’ютері?
setup-restore = Відновити з резервної копії
restore-title = Відновити з резервної копії
restore-intro = Під’єднайте USB-флешку з резервною копією. Escale повністю перевіряє файл перед використанням; нічого не встановлюється, доки все не перевірено.
restore-file = Файл резервної копії
restore-file-help = Введіть шлях до файлу (він закінчується на .escale-backup).
restore-file-found = { $count ->
        [1] Знайдено одну резервну копію на USB-флешці або в документах; можна також ввести інший шлях.
        [one] Знайдено { $count } резервну копію; запропоновано найновішу. Можна вибрати іншу.
        [few] Знайдено { $count } резервні копії; запропоновано найновішу. Можна вибрати іншу.
        [many] Знайдено { $count } резервних копій; запропоновано найновішу. Можна вибрати іншу.
       *[other] Знайдено { $count } резервних копій; запропоновано найновішу. Можна вибрати іншу.
    }
restore-inspect = Перевірити цей файл
restore-inspecting = Перевірка файлу…
restore-summary = Резервна копія неушкоджена, створена { $made }:
restore-use-recovery-key = Не пам’ятаю секретну фразу: використаю аркуш відновлення
restore-passphrase-of-the-time = Секретна фраза на момент створення копії
restore-passphrase-help = Та, яку Ви вводили, щоб відкрити Escale в день створення копії.
restore-new-passphrase-needed = Виберіть секретну фразу для захисту даних на цьому комп’ютері
restore-new-passphrase-optional = Нова секретна фраза (необов’язково: інакше залишиться секретна фраза з копії)
restore-new-passphrase-optional-keyring = Нова секретна фраза (необов’язково: інакше ключ буде збережено у сховищі ключів сеансу)
restore-other-file = Вибрати інший файл
restore-submit = Відновити мої дані
restore-working = Читання і перевірка резервної копії…
error-ui-backup-file-required = Вкажіть файл резервної копії.
error-ui-restore-cancelled = Відновлення скасовано. На цей комп’ютер нічого не встановлено.
