# Импорт людей из файла (шаблон импорта La Coop de la médiation numérique, таблица, CSV).

## Нечитаемые файлы

error-import-file-empty = Файл пуст: ни одна ячейка не заполнена.
error-import-file-too-large = Файл слишком большой (больше { $max } МБ). Разделите его на несколько файлов.
error-import-not-a-spreadsheet = Этот файл не является читаемой таблицей (XLSX или CSV). Возможно, он повреждён или неполон: сохраните его заново из табличной программы в формате XLSX или CSV.
error-import-sheet-missing = В книге нет листа «{ $sheet }». Её листы: { $sheets }.
error-import-too-many-rows = В файле слишком много строк (предел — { $max }). Разделите его на несколько файлов.
error-import-too-many-columns = В файле слишком много столбцов (предел — { $max }).
error-import-cell-too-long = Ячейка { $column }{ $line } слишком длинная (предел для ячейки — { $max } знаков).
error-import-header-row-missing = Строка { $line } файла пуста или не существует: в ней не может быть заголовков столбцов.
error-import-column-unknown = В файле нет столбца «{ $column }»: укажите его букву (A, B, C…) или заголовок.
error-import-field-unknown = «{ $field }» — не поле данных человека. Поля: { $fields }.
error-import-name-column-missing = Ни один столбец файла не распознан как фамилия или имя. Укажите его (например, --column last-name=A).

## Замечания к импортированной строке

error-import-commune-not-found = Коммуна не найдена в официальном списке: человек импортирован без коммуны.
error-import-commune-ambiguous = Это название носят несколько коммун: человек импортирован без коммуны. Добавьте почтовый индекс, чтобы выбрать.
import-duplicate-of-line = То же имя и тот же год рождения, что в строке { $line } файла.
import-duplicate-of-existing = То же имя и тот же год рождения, что у уже записанных людей (их число: { $count }).

## Поля

import-field-name = Фамилия и имя
import-field-lastName = Фамилия
import-field-firstName = Имя
import-field-birthYear = Год рождения
import-field-gender = Пол
import-field-socialStatus = Положение
import-field-commune = Коммуна
import-field-communeInseeCode = Код INSEE
import-field-communePostalCode = Почтовый индекс
import-field-phone = Телефон
import-field-email = Электронная почта
import-field-notes = Заметки

## Отчёт об отклонённых строках (файл CSV)

import-report-line = Строка
import-report-field = Поле
import-report-reason = Причина
import-report-outcome = Итог
import-report-refused = Строка отклонена
import-report-kept = Импортирована
import-report-likely-duplicate = Вероятный дубликат

## Командная строка

cli-about-escale-import = Импортирует данные из другой программы.
cli-about-escale-import-people = Импортирует людей из файла XLSX или CSV (шаблон импорта La Coop de la médiation numérique распознаётся как есть). Сначала показывает, что будет импортировано, вероятные дубликаты и отклонённые строки; всё или ничего.
cli-arg-escale-import-people-file = Файл для импорта (XLSX или CSV).
cli-arg-escale-import-people-sheet = Лист книги, который нужно прочитать (по умолчанию первый).
cli-arg-escale-import-people-header_row = Строка с заголовками столбцов (по умолчанию находится сама); люди — в строках ниже.
cli-arg-escale-import-people-column = Где читать поле: ПОЛЕ=СТОЛБЕЦ, столбец по букве или заголовку (например, phone=G, notes="Замечания"); ПОЛЕ=-, чтобы его не читать. Поля: last-name, first-name, birth-year, commune, insee-code, postal-code, phone, email, gender, social-status, notes.
cli-arg-escale-import-people-dry_run = Показать, что было бы импортировано, ничего не сохраняя.
cli-arg-escale-import-people-skip_duplicates = Не импортировать вероятные дубликаты.
cli-arg-escale-import-people-rejects = Сохранить отчёт об отклонённых строках и замечаниях в этот файл CSV.
cli-arg-escale-import-people-json = Результат в JSON.

cli-import-national-template = Распознан шаблон импорта La Coop de la médiation numérique: лист «{ $sheet }», люди начиная со строки { $line }.
cli-import-column = { $field }: столбец { $column }
cli-import-summary = Прочитано строк: { $lines }; людей к импорту: { $accepted }; отклонено строк: { $rejected }.
cli-import-duplicates = Вероятные дубликаты (то же имя и тот же год рождения): { $count }.
cli-import-issue = Строка { $line } ({ $field }): { $reason }
cli-import-more-issues = … и другие замечания: { $count } (в отчёте --rejects есть все).
cli-import-report-written = Отчёт сохранён в { $path }.
cli-import-dry-run = Пробный запуск: ничего не сохранено.
cli-import-progress = Импорт людей
cli-import-done = Импортировано людей: { $imported }.
cli-import-skipped-duplicates = Пропущено вероятных дубликатов: { $count }.
