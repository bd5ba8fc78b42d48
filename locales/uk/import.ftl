# Імпорт людей із файлу (шаблон імпорту La Coop de la médiation numérique, таблиця, CSV).

## Файли, які не вдається прочитати

error-import-file-empty = Файл порожній: жодна клітинка не заповнена.
error-import-file-too-large = Файл завеликий (понад { $max } МБ). Розділіть його на кілька файлів.
error-import-not-a-spreadsheet = Цей файл не є таблицею, яку можна прочитати (XLSX або CSV). Можливо, він пошкоджений або неповний: збережіть його знову з табличної програми у форматі XLSX або CSV.
error-import-sheet-missing = У книзі немає аркуша «{ $sheet }». Її аркуші: { $sheets }.
error-import-too-many-rows = У файлі забагато рядків (межа — { $max }). Розділіть його на кілька файлів.
error-import-too-many-columns = У файлі забагато стовпців (межа — { $max }).
error-import-cell-too-long = Клітинка { $column }{ $line } задовга (межа для клітинки — { $max } знаків).
error-import-header-row-missing = Рядок { $line } файлу порожній або не існує: у ньому не може бути заголовків стовпців.
error-import-column-unknown = У файлі немає стовпця «{ $column }»: вкажіть його літеру (A, B, C…) або заголовок.
error-import-field-unknown = «{ $field }» — не поле даних людини. Поля: { $fields }.
error-import-name-column-missing = Жоден стовпець файлу не розпізнано як прізвище чи ім’я. Вкажіть його (наприклад, --column last-name=A).

## Зауваження до імпортованого рядка

error-import-commune-not-found = Комуну не знайдено в офіційному списку: людину імпортовано без комуни.
error-import-commune-ambiguous = Цю назву мають кілька комун: людину імпортовано без комуни. Додайте поштовий індекс, щоб вибрати.
import-duplicate-of-line = Те саме ім’я і той самий рік народження, що в рядку { $line } файлу.
import-duplicate-of-existing = Те саме ім’я і той самий рік народження, що в уже записаних людей (їх кількість: { $count }).

## Поля

import-field-name = Прізвище та ім’я
import-field-lastName = Прізвище
import-field-firstName = Ім’я
import-field-birthYear = Рік народження
import-field-gender = Стать
import-field-socialStatus = Становище
import-field-commune = Комуна
import-field-communeInseeCode = Код INSEE
import-field-communePostalCode = Поштовий індекс
import-field-phone = Телефон
import-field-email = Електронна пошта
import-field-notes = Нотатки

## Звіт про відхилені рядки (файл CSV)

import-report-line = Рядок
import-report-field = Поле
import-report-reason = Причина
import-report-outcome = Підсумок
import-report-refused = Рядок відхилено
import-report-kept = Імпортовано
import-report-likely-duplicate = Імовірний дублікат

## Командний рядок

cli-about-escale-import = Імпортує дані з іншої програми.
cli-about-escale-import-people = Імпортує людей із файлу XLSX або CSV (шаблон імпорту La Coop de la médiation numérique розпізнається як є). Спершу показує, що буде імпортовано, імовірні дублікати та відхилені рядки; усе або нічого.
cli-arg-escale-import-people-file = Файл для імпорту (XLSX або CSV).
cli-arg-escale-import-people-sheet = Аркуш книги, який треба прочитати (типово перший).
cli-arg-escale-import-people-header_row = Рядок із заголовками стовпців (типово знаходиться сам); люди — в рядках нижче.
cli-arg-escale-import-people-column = Де читати поле: ПОЛЕ=СТОВПЕЦЬ, стовпець за літерою або заголовком (наприклад, phone=G, notes="Зауваження"); ПОЛЕ=-, щоб його не читати. Поля: last-name, first-name, birth-year, commune, insee-code, postal-code, phone, email, gender, social-status, notes.
cli-arg-escale-import-people-dry_run = Показати, що було б імпортовано, нічого не зберігаючи.
cli-arg-escale-import-people-skip_duplicates = Не імпортувати імовірні дублікати.
cli-arg-escale-import-people-rejects = Зберегти звіт про відхилені рядки та зауваження в цей файл CSV.
cli-arg-escale-import-people-json = Результат у JSON.

cli-import-national-template = Розпізнано шаблон імпорту La Coop de la médiation numérique: аркуш «{ $sheet }», люди починаючи з рядка { $line }.
cli-import-column = { $field }: стовпець { $column }
cli-import-summary = Прочитано рядків: { $lines }; людей до імпорту: { $accepted }; відхилено рядків: { $rejected }.
cli-import-duplicates = Імовірні дублікати (те саме ім’я і той самий рік народження): { $count }.
cli-import-issue = Рядок { $line } ({ $field }): { $reason }
cli-import-more-issues = … та інші зауваження: { $count } (у звіті --rejects є всі).
cli-import-report-written = Звіт збережено в { $path }.
cli-import-dry-run = Пробний запуск: нічого не збережено.
cli-import-progress = Імпорт людей
cli-import-done = Імпортовано людей: { $imported }.
cli-import-skipped-duplicates = Пропущено імовірних дублікатів: { $count }.
