# Экран, повёрнутый к человеку: его следующие шаги на его языке и чтение вслух.
# Пишите просто: короткие предложения, обычные слова.

## В деле человека (язык медиатора)
person-view-open = Повернуть экран к человеку
person-view-open-title = Показать человеку на его языке только то, что касается его ({ $shortcut })
shortcut-person-view = Ctrl+Shift+P
person-view-needs-pin = Чтобы повернуть экран к человеку, сначала выберите PIN-код: его спросят, чтобы вернуться к Вашим экранам.
person-view-pin-save = Выбрать этот PIN-код и повернуть экран
person-view-pin-cancel = Отмена

## Экран человека (на его языке)
person-view-title = Ваши следующие шаги
person-view-title-named = { $name }, вот Ваши следующие шаги
person-view-next-steps = Что нужно сделать
person-view-next-steps-none = Пока ничего делать не нужно.
person-view-written-on = Записано { $date }
person-view-procedures = Ваши текущие дела
person-view-procedures-none = Текущих дел нет.
person-view-status = На каком этапе дело: { $status }
person-view-reference = Номер дела: { $reference }
person-view-deadline = Сделать до { $date }
person-view-documents-missing = { $count ->
    [one] Не хватает { $count } документа:
    [few] Не хватает { $count } документов:
    [many] Не хватает { $count } документов:
   *[other] Не хватает { $count } документа:
}
person-view-documents-complete = Все документы есть.
person-view-dates = Ваши следующие даты
person-view-dates-none = Пока никаких дат не запланировано.
person-view-date-deadline = последний день для «{ $procedure }»
person-view-date-renewal = продлить «{ $procedure }»
person-view-date-declaration = подать декларацию «{ $procedure }»
person-view-date-call_back = Ваш медиатор позвонит Вам по поводу «{ $procedure }»
person-view-read-aloud = Слушать
person-view-stop-reading = Остановить чтение
person-view-no-voice = На этом компьютере нет голоса на языке { $language }

## Вернуть экран медиатору (язык медиатора)
person-view-back = Вернуть экран медиатору
person-view-back-explained = Только для медиатора: чтобы вернуться, нужен Ваш код.
person-view-back-submit = Вернуться к моим экранам
person-view-back-cancel = Отмена

## Командная строка
cli-about-escale-person-view = Показывает то, что экран, повёрнутый к человеку, показывает ему на его языке: следующие шаги, текущие дела с недостающими документами, следующие даты.
cli-arg-escale-person-view-id = Идентификатор человека.
cli-arg-escale-person-view-json = Результат в JSON.

## Ошибки чтения вслух
error-reading-unavailable = Программа чтения вслух (espeak-ng) не установлена на этом компьютере.
error-reading-no-voice = На этом компьютере нет голоса для этого языка.
error-reading-failed = Чтение вслух не получилось (нет вывода звука?).
