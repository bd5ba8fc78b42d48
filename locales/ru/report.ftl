## The monthly activity report (a PDF for the structure and its funders), its part of the
## statistics screen and the `escale report` command.

report-title = Отчёт о деятельности — { $month }
report-period-all-places = С { $from } по { $to }, все места приёма
report-printed-on = Дата составления: { $date }
report-number = { $value }
report-share = { $count } ({ $percent } %)
report-note-heading = Слово организации
report-months-caption = Консультации по месяцам за двенадцать месяцев, заканчивая месяцем отчёта.
report-procedures = Процедуры, с которыми помогали чаще всего
report-procedures-note = Число встреч по каждой процедуре: процедуры, за которыми мы следим, и процедуры, названные во время консультации.
report-nothing = За этот месяц ничего не записано.
documents-file-report = otchet-o-deyatelnosti-{ $month }.pdf
audit-entity-report-note = текст ежемесячного отчёта
error-month-invalid = Месяц указан неверно: напишите его в виде ГГГГ-ММ, например 2026-10.

report-section = Ежемесячный отчёт
report-explanation = PDF для организации и тех, кто её финансирует: цифры за месяц, графики, темы и процедуры, места и населённые пункты, а также Ваш текст.
report-month = Месяц отчёта
report-note-label = Слово организации за этот месяц
report-note-help = Несколько строк, которые будут напечатаны в отчёте: чем запомнился месяц, новое место, партнёр. Текст сохраняется, как только Вы выходите из поля.
report-note-saved = Текст сохранён.
report-note-count = Символов: { $count } / { $max }
report-print = Сохранить отчёт в PDF…
print-title-monthly-report = Ежемесячный отчёт о деятельности

cli-about-escale-report = Ежемесячный отчёт о деятельности для организации и тех, кто её финансирует, в формате PDF: основные показатели, графики, темы, процедуры, места и населённые пункты.
cli-arg-escale-report-month = Месяц отчёта (ГГГГ-ММ), по умолчанию прошлый месяц.
cli-arg-escale-report-place = Только встречи в этом месте (его идентификатор).
cli-arg-escale-report-text = Слово организации за этот месяц; сохраняется для следующих распечаток ("" стирает его).
cli-arg-escale-report-text_file = Тот же текст, прочитанный из текстового файла (UTF-8).
cli-arg-escale-report-out = PDF-файл для записи (будет заменён, если уже существует); иначе — название отчёта, в текущей папке.
cli-report-text-not-read = Файл { $path } не читается как текст: проверьте, что он существует и сохранён в кодировке UTF-8.
