# Екран, повернутий до людини: її наступні кроки її мовою та читання вголос.
# Пишіть просто: короткі речення, звичайні слова.

## У справі людини (мова медіатора)
person-view-open = Повернути екран до людини
person-view-open-title = Показати людині її мовою лише те, що її стосується ({ $shortcut })
shortcut-person-view = Ctrl+Shift+P
person-view-needs-pin = Щоб повернути екран до людини, спочатку виберіть PIN-код: його спитають, щоб повернутися до Ваших екранів.
person-view-pin-save = Вибрати цей PIN-код і повернути екран
person-view-pin-cancel = Скасувати

## Екран людини (її мовою)
person-view-title = Ваші наступні кроки
person-view-title-named = { $name }, ось Ваші наступні кроки
person-view-next-steps = Що треба зробити
person-view-next-steps-none = Поки що нічого робити не треба.
person-view-written-on = Записано { $date }
person-view-procedures = Ваші справи в процесі
person-view-procedures-none = Немає справ у процесі.
person-view-status = На якому етапі справа: { $status }
person-view-reference = Номер справи: { $reference }
person-view-deadline = Зробити до { $date }
person-view-documents-missing = { $count ->
    [one] Бракує { $count } документа:
    [few] Бракує { $count } документів:
    [many] Бракує { $count } документів:
   *[other] Бракує { $count } документа:
}
person-view-documents-complete = Усі документи є.
person-view-dates = Ваші наступні дати
person-view-dates-none = Поки що жодної дати не заплановано.
person-view-date-deadline = останній день для «{ $procedure }»
person-view-date-renewal = поновити «{ $procedure }»
person-view-date-declaration = подати декларацію «{ $procedure }»
person-view-date-call_back = Ваш медіатор зателефонує Вам щодо «{ $procedure }»
person-view-read-aloud = Слухати
person-view-stop-reading = Зупинити читання
person-view-no-voice = На цьому комп’ютері немає голосу мовою { $language }

## Повернути екран медіатору (мова медіатора)
person-view-back = Повернути екран медіатору
person-view-back-explained = Лише для медіатора: щоб повернутися, потрібен Ваш код.
person-view-back-submit = Повернутися до моїх екранів
person-view-back-cancel = Скасувати

## Командний рядок
cli-about-escale-person-view = Показує те, що екран, повернутий до людини, показує їй її мовою: наступні кроки, справи в процесі з документами, яких бракує, наступні дати.
cli-arg-escale-person-view-id = Ідентифікатор людини.
cli-arg-escale-person-view-json = Результат у JSON.

## Помилки читання вголос
error-reading-unavailable = Програму для читання вголос (espeak-ng) не встановлено на цьому комп’ютері.
error-reading-no-voice = На цьому комп’ютері немає голосу для цієї мови.
error-reading-failed = Читання вголос не вдалося (немає виходу звуку?).
