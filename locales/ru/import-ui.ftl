# Экран «Импорт людей» в окне: файл, столбцы, предварительный просмотр, импорт.

import-ui-open = Импортировать людей
import-ui-title = Импорт людей
import-ui-intro = Из шаблона импорта La Coop de la médiation numérique или из любой электронной таблицы (XLSX или CSV). До последнего шага ничего не сохраняется.

## 1. Файл

import-ui-step-file = 1. Файл
import-ui-found-files = Таблицы, найденные в ваших документах и на USB-накопителях
import-ui-found-files-choose = { $count ->
    [one] Выбрать из { $count } найденного файла…
    [few] Выбрать из { $count } найденных файлов…
    [many] Выбрать из { $count } найденных файлов…
   *[other] Выбрать из { $count } найденного файла…
}
import-ui-found-in-documents = { $name } (документы)
import-ui-found-on-key = { $name } (USB-накопитель)
import-ui-path = Путь к файлу для импорта (XLSX или CSV)
import-ui-path-help = Введите полный путь к файлу или выберите его в списке выше.
import-ui-path-help-typed = Введите полный путь к файлу (в ваших документах и на USB-накопителях таблиц не найдено).
import-ui-read = Прочитать файл
import-ui-read-again = Прочитать файл снова
import-ui-reading = Чтение файла…
import-ui-file-read = Прочитан файл: { $name }
import-ui-sheet = Лист книги, который прочитать
error-import-ui-path-required = Укажите файл для импорта.
error-import-file-not-read = Файла больше нет в памяти: прочитайте его снова.

## 2. Столбцы

import-ui-step-columns = 2. Столбцы
import-ui-national-template = Распознан шаблон импорта La Coop de la médiation numérique: его столбцы известны, выбирать ничего не нужно.
import-ui-columns-intro = Для каждого сведения — столбец файла, в котором оно находится. Escale угадал его по названиям столбцов: проверьте и при необходимости измените.
import-ui-header-line = Строка названий столбцов
import-ui-header-line-help = Люди — в следующих строках. Измените её, если Escale выбрал не ту строку.
import-ui-column-none = Не импортировать
import-ui-column-option = Столбец { $letter }: { $header }
import-ui-column-option-untitled = Столбец { $letter } (без названия)
import-ui-column-example = Пример: { $example }
import-ui-name-column-needed = Выберите столбец фамилии или имени: без него никого нельзя импортировать.

## 3. Предварительный просмотр

import-ui-step-preview = 3. Что будет импортировано
import-ui-previewing = Обновление предварительного просмотра…
import-ui-accepted = { $count ->
    [one] Будет импортирован { $count } человек
    [few] Будут импортированы { $count } человека
    [many] Будут импортированы { $count } человек
   *[other] Будут импортированы { $count } человека
} (из { $lines ->
    [one] { $lines } прочитанной строки
    [few] { $lines } прочитанных строк
    [many] { $lines } прочитанных строк
   *[other] { $lines } прочитанной строки
}).
import-ui-duplicates = { $count ->
    [one] { $count } вероятный дубликат (то же имя и тот же год рождения).
    [few] { $count } вероятных дубликата (то же имя и тот же год рождения).
    [many] { $count } вероятных дубликатов (то же имя и тот же год рождения).
   *[other] { $count } вероятного дубликата (то же имя и тот же год рождения).
}
import-ui-rejected = { $count ->
    [one] { $count } строка отклонена.
    [few] { $count } строки отклонены.
    [many] { $count } строк отклонено.
   *[other] { $count } строки отклонено.
}
import-ui-duplicates-title = Вероятные дубликаты
import-ui-duplicate-of-existing = Строка { $line }: { $name } похоже на { $count ->
    [one] { $count } уже записанного человека
    [few] { $count } уже записанных человек
    [many] { $count } уже записанных человек
   *[other] { $count } уже записанного человека
}: { $existing }.
import-ui-duplicate-of-line = Строка { $line }: { $name }, то же имя и тот же год рождения, что в строке { $earlier } файла.
import-ui-skip-duplicates = Не импортировать вероятные дубликаты
import-ui-rejected-title = Отклонённые строки
import-ui-remarks-title = Строки, импортированные с замечанием
import-ui-table-line = Строка
import-ui-table-field = Поле
import-ui-table-reason = Причина
import-ui-more-issues = { $count ->
    [one] … и ещё { $count }: в отчёте есть все.
    [few] … и ещё { $count }: в отчёте есть все.
    [many] … и ещё { $count }: в отчёте есть все.
   *[other] … и ещё { $count }: в отчёте есть все.
}

## Отчёт

import-ui-report-title = Отчёт об отклонённых строках
import-ui-report-help = Файл CSV с каждой отклонённой строкой и её причиной, каждым замечанием и каждым вероятным дубликатом. В нём только номера строк и причины, ни одного имени.
import-ui-report-folder = Папка для сохранения отчёта
import-ui-save-report = Сохранить отчёт
import-ui-report-saved = Отчёт «{ $name }» сохранён:
error-import-ui-folder-required = Укажите папку для сохранения отчёта.

## 4. Импорт

import-ui-step-import = 4. Импорт
import-ui-all-or-nothing = Всё или ничего: если импорт отменён или остановился, никто не сохраняется.
import-ui-run = { $count ->
    [one] Импортировать { $count } человека
    [few] Импортировать { $count } человек
    [many] Импортировать { $count } человек
   *[other] Импортировать { $count } человека
}
import-ui-nothing-to-import = Некого импортировать: исправьте файл или выбранные столбцы.
import-ui-importing = Импорт людей
import-ui-cancel = Отменить импорт
import-ui-cancelled = Импорт отменён: никто не сохранён.
import-ui-done-title = Импорт завершён
import-ui-done = { $count ->
    [one] Импортирован { $count } человек.
    [few] Импортированы { $count } человека.
    [many] Импортировано { $count } человек.
   *[other] Импортировано { $count } человека.
}
import-ui-done-skipped = { $count ->
    [one] Пропущен { $count } вероятный дубликат.
    [few] Пропущены { $count } вероятных дубликата.
    [many] Пропущено { $count } вероятных дубликатов.
   *[other] Пропущено { $count } вероятного дубликата.
}
import-ui-done-rejected = { $count ->
    [one] { $count } отклонённая строка не импортирована.
    [few] { $count } отклонённые строки не импортированы.
    [many] { $count } отклонённых строк не импортировано.
   *[other] { $count } отклонённой строки не импортировано.
}
import-ui-back-to-list = Назад к списку людей
import-ui-import-another = Импортировать другой файл
