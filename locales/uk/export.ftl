## Експорт у форматах національної платформи (La Coop de la médiation numérique).
## Заголовки стовпців у файлах — це заголовки платформи, французькою, і їх тут немає:
## це формат файлу, а не текст інтерфейсу.

export-title = Експорт
export-intro = Escale записує ваші супроводи або ваших отримувачів допомоги у форматі La Coop de la médiation numérique, щоб ви звітували про них, не вводячи їх удруге. Файл французькою мовою, як цього чекає платформа.
export-what = Що ви хочете експортувати?
export-what-activities = Супроводи (один рядок на кожну людину, яку супроводжували)
export-what-people = Отримувачів допомоги (людей з ім’ям)
export-what-statistics = Статистику періоду (основні показники, теми, місця, люди)
export-period = Період
export-period-this-month = Цей місяць
export-period-last-month = Минулий місяць
export-period-this-year = Цей рік
export-period-custom = Інші дати
export-from = З
export-to = По
export-period-reversed = Дата початку пізніша за дату завершення.
export-place = Місце
export-place-all = Усі місця
export-format = Формат файлу
export-format-xlsx = Таблиця XLSX (для La Coop de la médiation numérique)
export-format-csv = CSV (для інших програм)
export-folder = Папка для збереження (USB-флешка або «Документи»)
export-now = Експортувати
export-working = Триває експорт
export-cancel = Зупинити експорт
# $rows: кількість рядків у файлі; $name: назва файлу.
export-done = { $rows ->
    [0] Файл збережено, за цей період немає жодного рядка: { $name }
    [one] Файл збережено, { $rows } рядок: { $name }
    [few] Файл збережено, { $rows } рядки: { $name }
    [many] Файл збережено, { $rows } рядків: { $name }
   *[other] Файл збережено, { $rows } рядка: { $name }
}
export-done-folder = У папці: { $folder }

# Командний рядок.
cli-about-escale-export = Експортує у форматах національної платформи (La Coop de la médiation numérique), у XLSX або CSV.
cli-about-escale-export-activities = Експортує супроводи: один рядок на кожну людину, яку супроводжували.
cli-about-escale-export-people = Експортує отримувачів допомоги, які мають ім’я.
cli-arg-escale-export-activities-from = Починаючи з цієї дати включно (РРРР-ММ-ДД).
cli-arg-escale-export-activities-to = До цієї дати включно (РРРР-ММ-ДД).
cli-arg-escale-export-activities-place = Лише супроводи в цьому місці (його ідентифікатор).
cli-arg-escale-export-activities-format = Формат файлу: xlsx (національна платформа) або csv (інші програми).
cli-arg-escale-export-activities-output = Файл для запису або папка, де він отримає назву, яку дає платформа (типово поточна папка).
cli-arg-escale-export-activities-json = Результат у JSON.
cli-arg-escale-export-people-from = Лише люди, яких супроводжували починаючи з цієї дати включно (РРРР-ММ-ДД).
cli-arg-escale-export-people-to = Лише люди, яких супроводжували до цієї дати включно (РРРР-ММ-ДД).
cli-arg-escale-export-people-place = Лише люди, яких супроводжували в цьому місці (його ідентифікатор).
cli-arg-escale-export-people-format = Формат файлу: xlsx (національна платформа) або csv (інші програми).
cli-arg-escale-export-people-output = Файл для запису або папка, де він отримає назву, яку дає платформа (типово поточна папка).
cli-arg-escale-export-people-json = Результат у JSON.
cli-about-escale-export-statistics = Експортує статистику за період: загальні показники, останні 12 місяців і кожен розподіл у кількості та відсотках.
cli-arg-escale-export-statistics-from = Перший день періоду (РРРР-ММ-ДД), типово 1-ше число місяця.
cli-arg-escale-export-statistics-to = Останній день періоду (РРРР-ММ-ДД), типово сьогодні.
cli-arg-escale-export-statistics-place = Лише зустрічі в цьому місці (його ідентифікатор).
cli-arg-escale-export-statistics-format = Формат файлу: xlsx (національна платформа) або csv (інші програми).
cli-arg-escale-export-statistics-output = Файл для запису або папка, де він отримає назву, яку дає платформа (типово поточна папка).
cli-arg-escale-export-statistics-json = Результат у JSON.
cli-national-export-progress = Експорт
# $rows: кількість рядків; $path: записаний файл.
cli-national-export-written = { $rows ->
    [one] { $rows } рядок експортовано до { $path }
    [few] { $rows } рядки експортовано до { $path }
    [many] { $rows } рядків експортовано до { $path }
   *[other] { $rows } рядка експортовано до { $path }
}

# Помилка.
error-export-not-written = Escale не вдалося записати цей файл експорту (внутрішня помилка). Жодного файлу не залишилося. Спробуйте ще раз або повідомте про цю помилку.
