# Locking, PIN code and security settings.

lock-now = Заблокировать
shortcut-lock = Ctrl+L
lock-title = Escale заблокирован
lock-pin = PIN-код
lock-no-pin = PIN-код не выбран: эта блокировка только скрывает экран. Выберите PIN-код в разделе «Безопасность».
lock-wrong-pin = { $attemptsLeft ->
    [one] Неверный PIN-код. Осталась { $attemptsLeft } попытка.
    [few] Неверный PIN-код. Осталось { $attemptsLeft } попытки.
    [many] Неверный PIN-код. Осталось { $attemptsLeft } попыток.
   *[other] Неверный PIN-код. Осталось { $attemptsLeft } попыток.
}
lock-locked-out-passphrase = Слишком много попыток. Теперь введите секретную фразу.
lock-locked-out-recovery = Слишком много попыток. Теперь введите ключ восстановления.
security-title = Безопасность
security-lock-title = Блокировка
security-pin-is-set = PIN-код выбран. Он разблокирует Escale, когда Вы возвращаетесь.
security-pin-not-set = PIN-код не выбран. Выберите его: его будут спрашивать, когда Escale заблокируется.
security-new-pin = Новый PIN-код (от 4 до 12 цифр)
security-new-pin-repeat = Новый PIN-код ещё раз
security-save-pin = Сохранить PIN-код
security-pin-saved = PIN-код сохранён.
security-idle = Блокировать через
security-idle-minutes = { $minutes ->
    [one] { $minutes } минуту бездействия
    [few] { $minutes } минуты бездействия
    [many] { $minutes } минут бездействия
   *[other] { $minutes } минут бездействия
}
security-idle-saved = { $minutes ->
    [one] Escale заблокируется через { $minutes } минуту бездействия.
    [few] Escale заблокируется через { $minutes } минуты бездействия.
    [many] Escale заблокируется через { $minutes } минут бездействия.
   *[other] Escale заблокируется через { $minutes } минут бездействия.
}
security-sheet-explanation = Лист восстановления снова открывает данные, если компьютер, хранилище ключей или секретная фраза потеряны. Распечатайте его заново, если потеряли.
security-show-sheet = Показать лист восстановления
security-hide-sheet = Скрыть лист
security-key-title = Защита ключа
security-key-is-keyring = Ключ хранится в хранилище ключей Вашего сеанса. На общем компьютере лучше защитите его секретной фразой.
security-key-is-passphrase = Ключ защищён секретной фразой.
security-current-passphrase = Текущая секретная фраза
security-change-passphrase = Изменить секретную фразу
security-move-to-passphrase = Защитить этой секретной фразой
security-move-to-keyring = Использовать вместо неё хранилище ключей
security-passphrase-saved = Теперь ключ защищает новая секретная фраза.
security-moved-to-keyring = Теперь ключ хранится в хранилище ключей сеанса.
security-no-reencryption = Данные не шифруются заново, а лист восстановления остаётся действительным.
error-ui-pins-differ = Два PIN-кода не совпадают.
setup-pin = PIN-код для разблокировки Escale (от 4 до 12 цифр)
setup-pin-help = Escale блокируется, когда Вы отходите; этот код снова его открывает.

backup-title = Резервная копия
backup-never = На этом компьютере ещё не сделано ни одной резервной копии.
backup-too-old = { $days ->
    [one] Последняя резервная копия была { $days } день назад.
    [few] Последняя резервная копия была { $days } дня назад.
    [many] Последняя резервная копия была { $days } дней назад.
   *[other] Последняя резервная копия была { $days } дней назад.
}
backup-explanation = Подключите флешку и делайте резервную копию хотя бы раз в неделю. Копия зашифрована так же, как Ваши данные: она открывается ключом восстановления.
backup-folder = Куда сохранить копию
backup-now = Сделать копию сейчас
backup-working = Создание резервной копии… затем проверка файла.
backup-done = Резервная копия сделана и проверена ({ $megabytes } МБ):
work-cancel = Отмена
work-cancelling = Отмена…

## Restoring a backup at first start
setup-restore-offer = У Вас уже был Escale на другом компьютере?
setup-restore = Восстановить из резервной копии
restore-title = Восстановить из резервной копии
restore-intro = Подключите флешку с резервной копией. Escale полностью проверяет файл перед использованием; ничего не устанавливается, пока всё не проверено.
restore-file = Файл резервной копии
restore-file-help = Введите путь к файлу (он заканчивается на .escale-backup).
restore-file-found = { $count ->
        [1] Найдена одна резервная копия на флешке или в документах; можно также ввести другой путь.
        [one] Найдена { $count } резервная копия; предложена самая новая. Можно выбрать другую.
        [few] Найдены { $count } резервные копии; предложена самая новая. Можно выбрать другую.
        [many] Найдено { $count } резервных копий; предложена самая новая. Можно выбрать другую.
       *[other] Найдено { $count } резервных копий; предложена самая новая. Можно выбрать другую.
    }
restore-inspect = Проверить этот файл
restore-inspecting = Проверка файла…
restore-summary = Резервная копия цела, создана { $made }:
restore-use-recovery-key = Не помню секретную фразу: использую лист восстановления
restore-passphrase-of-the-time = Секретная фраза на момент создания копии
restore-passphrase-help = Та, которую Вы вводили, чтобы открыть Escale в день создания копии.
restore-new-passphrase-needed = Выберите секретную фразу для защиты данных на этом компьютере
restore-new-passphrase-optional = Новая секретная фраза (необязательно: иначе останется секретная фраза из копии)
restore-new-passphrase-optional-keyring = Новая секретная фраза (необязательно: иначе ключ будет храниться в хранилище ключей сеанса)
restore-other-file = Выбрать другой файл
restore-submit = Восстановить мои данные
restore-working = Чтение и проверка резервной копии…
error-ui-backup-file-required = Укажите файл резервной копии.
error-ui-restore-cancelled = Восстановление отменено. На этот компьютер ничего не установлено.
