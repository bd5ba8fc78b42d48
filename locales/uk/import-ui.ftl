# Екран «Імпорт людей» у вікні: файл, стовпці, попередній перегляд, імпорт.

import-ui-open = Імпортувати людей
import-ui-title = Імпорт людей
import-ui-intro = Із шаблону імпорту La Coop de la médiation numérique або з будь-якої електронної таблиці (XLSX чи CSV). До останнього кроку нічого не зберігається.

## 1. Файл

import-ui-step-file = 1. Файл
import-ui-found-files = Таблиці, знайдені у ваших документах і на USB-накопичувачах
import-ui-found-files-choose = { $count ->
    [one] Вибрати з { $count } знайденого файлу…
    [few] Вибрати з { $count } знайдених файлів…
    [many] Вибрати з { $count } знайдених файлів…
   *[other] Вибрати з { $count } знайденого файлу…
}
import-ui-found-in-documents = { $name } (документи)
import-ui-found-on-key = { $name } (USB-накопичувач)
import-ui-path = Шлях до файлу для імпорту (XLSX або CSV)
import-ui-path-help = Введіть повний шлях до файлу або виберіть його зі списку вище.
import-ui-path-help-typed = Введіть повний шлях до файлу (у ваших документах і на USB-накопичувачах таблиць не знайдено).
import-ui-read = Прочитати файл
import-ui-read-again = Прочитати файл ще раз
import-ui-reading = Читання файлу…
import-ui-file-read = Прочитано файл: { $name }
import-ui-sheet = Аркуш книги, який прочитати
error-import-ui-path-required = Вкажіть файл для імпорту.
error-import-file-not-read = Файлу вже немає в пам’яті: прочитайте його ще раз.

## 2. Стовпці

import-ui-step-columns = 2. Стовпці
import-ui-national-template = Розпізнано шаблон імпорту La Coop de la médiation numérique: його стовпці відомі, вибирати нічого не треба.
import-ui-columns-intro = Для кожної відомості — стовпець файлу, у якому вона міститься. Escale вгадав його за назвами стовпців: перевірте і за потреби змініть.
import-ui-header-line = Рядок назв стовпців
import-ui-header-line-help = Люди — у наступних рядках. Змініть його, якщо Escale вибрав не той рядок.
import-ui-column-none = Не імпортувати
import-ui-column-option = Стовпець { $letter }: { $header }
import-ui-column-option-untitled = Стовпець { $letter } (без назви)
import-ui-column-example = Приклад: { $example }
import-ui-name-column-needed = Виберіть стовпець прізвища або імені: без нього нікого не можна імпортувати.

## 3. Попередній перегляд

import-ui-step-preview = 3. Що буде імпортовано
import-ui-previewing = Оновлення попереднього перегляду…
import-ui-accepted = { $count ->
    [one] Буде імпортовано { $count } людину
    [few] Буде імпортовано { $count } людини
    [many] Буде імпортовано { $count } людей
   *[other] Буде імпортовано { $count } людини
} (із { $lines ->
    [one] { $lines } прочитаного рядка
    [few] { $lines } прочитаних рядків
    [many] { $lines } прочитаних рядків
   *[other] { $lines } прочитаного рядка
}).
import-ui-duplicates = { $count ->
    [one] { $count } імовірний дублікат (те саме ім’я і той самий рік народження).
    [few] { $count } імовірні дублікати (те саме ім’я і той самий рік народження).
    [many] { $count } імовірних дублікатів (те саме ім’я і той самий рік народження).
   *[other] { $count } імовірного дубліката (те саме ім’я і той самий рік народження).
}
import-ui-rejected = { $count ->
    [one] { $count } рядок відхилено.
    [few] { $count } рядки відхилено.
    [many] { $count } рядків відхилено.
   *[other] { $count } рядка відхилено.
}
import-ui-duplicates-title = Імовірні дублікати
import-ui-duplicate-of-existing = Рядок { $line }: { $name } схоже на { $count ->
    [one] { $count } вже записану людину
    [few] { $count } вже записані людини
    [many] { $count } вже записаних людей
   *[other] { $count } вже записаної людини
}: { $existing }.
import-ui-duplicate-of-line = Рядок { $line }: { $name }, те саме ім’я і той самий рік народження, що й у рядку { $earlier } файлу.
import-ui-skip-duplicates = Не імпортувати імовірні дублікати
import-ui-rejected-title = Відхилені рядки
import-ui-remarks-title = Рядки, імпортовані із зауваженням
import-ui-table-line = Рядок
import-ui-table-field = Поле
import-ui-table-reason = Причина
import-ui-more-issues = { $count ->
    [one] … і ще { $count }: звіт містить усі.
    [few] … і ще { $count }: звіт містить усі.
    [many] … і ще { $count }: звіт містить усі.
   *[other] … і ще { $count }: звіт містить усі.
}

## Звіт

import-ui-report-title = Звіт про відхилені рядки
import-ui-report-help = Файл CSV з кожним відхиленим рядком і його причиною, кожним зауваженням і кожним імовірним дублікатом. Містить лише номери рядків і причини, жодного імені.
import-ui-report-folder = Папка, у яку зберегти звіт
import-ui-save-report = Зберегти звіт
import-ui-report-saved = Звіт «{ $name }» збережено:
error-import-ui-folder-required = Вкажіть папку, у яку зберегти звіт.

## 4. Імпорт

import-ui-step-import = 4. Імпорт
import-ui-all-or-nothing = Усе або нічого: якщо імпорт скасовано або він зупинився, нікого не збережено.
import-ui-run = { $count ->
    [one] Імпортувати { $count } людину
    [few] Імпортувати { $count } людини
    [many] Імпортувати { $count } людей
   *[other] Імпортувати { $count } людини
}
import-ui-nothing-to-import = Немає кого імпортувати: виправте файл або вибрані стовпці.
import-ui-importing = Імпорт людей
import-ui-cancel = Скасувати імпорт
import-ui-cancelled = Імпорт скасовано: нікого не збережено.
import-ui-done-title = Імпорт завершено
import-ui-done = { $count ->
    [one] Імпортовано { $count } людину.
    [few] Імпортовано { $count } людини.
    [many] Імпортовано { $count } людей.
   *[other] Імпортовано { $count } людини.
}
import-ui-done-skipped = { $count ->
    [one] Пропущено { $count } імовірний дублікат.
    [few] Пропущено { $count } імовірні дублікати.
    [many] Пропущено { $count } імовірних дублікатів.
   *[other] Пропущено { $count } імовірного дубліката.
}
import-ui-done-rejected = { $count ->
    [one] { $count } відхилений рядок не імпортовано.
    [few] { $count } відхилені рядки не імпортовано.
    [many] { $count } відхилених рядків не імпортовано.
   *[other] { $count } відхиленого рядка не імпортовано.
}
import-ui-back-to-list = Назад до списку людей
import-ui-import-another = Імпортувати інший файл
