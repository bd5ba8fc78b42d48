## The monthly activity report (a PDF for the structure and its funders), its part of the
## statistics screen and the `escale report` command.

report-title = Звіт про діяльність — { $month }
report-period-all-places = З { $from } по { $to }, усі місця прийому
report-printed-on = Дата складання: { $date }
report-number = { $value }
report-share = { $count } ({ $percent } %)
report-note-heading = Слово організації
report-months-caption = Консультації за місяцями, за дванадцять місяців, що закінчуються місяцем звіту.
report-procedures = Процедури, з якими допомагали найчастіше
report-procedures-note = Кількість зустрічей, що стосувалися кожної процедури: процедури, за якими ми стежимо, і процедури, названі під час консультації.
report-nothing = За цей місяць нічого не записано.
documents-file-report = zvit-pro-diialnist-{ $month }.pdf
audit-entity-report-note = текст щомісячного звіту
error-month-invalid = Цей місяць указано неправильно: напишіть його у форматі РРРР-ММ, наприклад 2026-10.

report-section = Щомісячний звіт
report-explanation = PDF для організації та її фінансувальників: цифри за місяць, графіки, теми й процедури, місця й населені пункти, а також Ваш текст.
report-month = Місяць звіту
report-note-label = Слово організації за цей місяць
report-note-help = Кілька рядків, які буде надруковано у звіті: чим запам’ятався місяць, нове місце, партнер. Текст зберігається, щойно Ви виходите з поля.
report-note-saved = Текст збережено.
report-note-count = Символів: { $count } / { $max }
report-print = Зберегти звіт у PDF…
print-title-monthly-report = Щомісячний звіт про діяльність

cli-about-escale-report = Щомісячний звіт про діяльність для організації та її фінансувальників, у форматі PDF: основні показники, графіки, теми, процедури, місця й населені пункти.
cli-arg-escale-report-month = Місяць звіту (РРРР-ММ), типово минулий місяць.
cli-arg-escale-report-place = Лише зустрічі в цьому місці (його ідентифікатор).
cli-arg-escale-report-text = Слово організації за цей місяць; зберігається для наступних друків ("" стирає його).
cli-arg-escale-report-text_file = Той самий текст, прочитаний з текстового файлу (UTF-8).
cli-arg-escale-report-out = PDF-файл для запису (його буде замінено, якщо він уже існує); інакше — назва звіту, у поточній папці.
cli-report-text-not-read = Файл { $path } не читається як текст: перевірте, що він існує і збережений у кодуванні UTF-8.
