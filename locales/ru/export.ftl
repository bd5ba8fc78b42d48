## Экспорт в форматах национальной платформы (La Coop de la médiation numérique).
## Заголовки столбцов в файлах — это заголовки платформы, на французском, и их здесь нет:
## это формат файла, а не текст интерфейса.

export-title = Экспорт
export-intro = Escale записывает ваши сопровождения или ваших получателей помощи в формате La Coop de la médiation numérique, чтобы вы отчитывались о них, не вводя их второй раз. Файл на французском языке, как этого ждёт платформа.
export-what = Что вы хотите экспортировать?
export-what-activities = Сопровождения (одна строка на каждого сопровождаемого человека)
export-what-people = Получателей помощи (людей с именем)
export-what-statistics = Статистику периода (основные показатели, темы, места, люди)
export-period = Период
export-period-this-month = Этот месяц
export-period-last-month = Прошлый месяц
export-period-this-year = Этот год
export-period-custom = Другие даты
export-from = С
export-to = По
export-period-reversed = Дата начала позже даты окончания.
export-place = Место
export-place-all = Все места
export-format = Формат файла
export-format-xlsx = Таблица XLSX (для La Coop de la médiation numérique)
export-format-csv = CSV (для других программ)
export-folder = Папка для сохранения (USB-флешка или «Документы»)
export-now = Экспортировать
export-working = Идёт экспорт
export-cancel = Остановить экспорт
# $rows: число строк в файле; $name: имя файла.
export-done = { $rows ->
    [0] Файл сохранён, за этот период нет ни одной строки: { $name }
    [one] Файл сохранён, { $rows } строка: { $name }
    [few] Файл сохранён, { $rows } строки: { $name }
    [many] Файл сохранён, { $rows } строк: { $name }
   *[other] Файл сохранён, { $rows } строки: { $name }
}
export-done-folder = В папке: { $folder }

# Командная строка.
cli-about-escale-export = Экспортирует в форматах национальной платформы (La Coop de la médiation numérique), в XLSX или CSV.
cli-about-escale-export-activities = Экспортирует сопровождения: одна строка на каждого сопровождаемого человека.
cli-about-escale-export-people = Экспортирует получателей помощи, у которых есть имя.
cli-arg-escale-export-activities-from = Начиная с этой даты включительно (ГГГГ-ММ-ДД).
cli-arg-escale-export-activities-to = До этой даты включительно (ГГГГ-ММ-ДД).
cli-arg-escale-export-activities-place = Только сопровождения в этом месте (его идентификатор).
cli-arg-escale-export-activities-format = Формат файла: xlsx (национальная платформа) или csv (другие программы).
cli-arg-escale-export-activities-output = Файл для записи или папка, где он получит имя, которое даёт платформа (по умолчанию текущая папка).
cli-arg-escale-export-activities-json = Результат в JSON.
cli-arg-escale-export-people-from = Только люди, сопровождаемые начиная с этой даты включительно (ГГГГ-ММ-ДД).
cli-arg-escale-export-people-to = Только люди, сопровождаемые до этой даты включительно (ГГГГ-ММ-ДД).
cli-arg-escale-export-people-place = Только люди, сопровождаемые в этом месте (его идентификатор).
cli-arg-escale-export-people-format = Формат файла: xlsx (национальная платформа) или csv (другие программы).
cli-arg-escale-export-people-output = Файл для записи или папка, где он получит имя, которое даёт платформа (по умолчанию текущая папка).
cli-arg-escale-export-people-json = Результат в JSON.
cli-about-escale-export-statistics = Экспортирует статистику за период: общие показатели, последние 12 месяцев и каждое распределение в количестве и процентах.
cli-arg-escale-export-statistics-from = Первый день периода (ГГГГ-ММ-ДД), по умолчанию 1-е число месяца.
cli-arg-escale-export-statistics-to = Последний день периода (ГГГГ-ММ-ДД), по умолчанию сегодня.
cli-arg-escale-export-statistics-place = Только встречи в этом месте (его идентификатор).
cli-arg-escale-export-statistics-format = Формат файла: xlsx (национальная платформа) или csv (другие программы).
cli-arg-escale-export-statistics-output = Файл для записи или папка, где он получит имя, которое даёт платформа (по умолчанию текущая папка).
cli-arg-escale-export-statistics-json = Результат в JSON.
cli-national-export-progress = Экспорт
# $rows: число строк; $path: записанный файл.
cli-national-export-written = { $rows ->
    [one] { $rows } строка экспортирована в { $path }
    [few] { $rows } строки экспортированы в { $path }
    [many] { $rows } строк экспортировано в { $path }
   *[other] { $rows } строки экспортировано в { $path }
}

# Ошибка.
error-export-not-written = Escale не удалось записать этот файл экспорта (внутренняя ошибка). Никакого файла не осталось. Повторите попытку или сообщите об этой ошибке.
