## Statistics of a period (screen, command line, exports and monthly report).

stats-title = Статистика
stats-open = Статистика
stats-period = Период
stats-period-this-month = Этот месяц
stats-period-last-month = Прошлый месяц
stats-period-this-year = Этот год
stats-period-custom = Выбранный период
stats-from = С
stats-to = По
stats-show = Показать
stats-place = Место
stats-place-all = Все места
stats-subtitle = С { $from } по { $to }
stats-subtitle-place = С { $from } по { $to }, место: { $place }
stats-empty = За этот период не записано ни одной встречи.
stats-key-figures = Основные показатели
stats-total-accompaniments = Консультации
stats-total-people = Люди, которым помогли
stats-total-new-people = Новые люди
stats-total-followed-people = Люди с карточками
stats-total-anonymous-people = Анонимы
stats-total-individual = Индивидуальные консультации
stats-total-workshop-participants = Участие в групповых занятиях
stats-total-activities = Встречи
stats-total-workshops = Групповые занятия
stats-months = Последние 12 месяцев
stats-months-caption = Консультации и люди, которым помогли, по месяцам
stats-column-month = Месяц
stats-column-accompaniments = Консультации
stats-column-people = Люди
stats-column-label = Значение
stats-column-count = Число
stats-column-percent = Доля
stats-digital-themes = Темы цифровой помощи
stats-administrative-themes = Административные темы
stats-equipment = Использованные устройства
stats-channels = Форматы консультаций
stats-durations = Продолжительность
stats-places = Места приёма
stats-genders = Пол
stats-age-bands = Возрастные группы
stats-social-statuses = Положение людей
stats-communes = Населённый пункт проживания
stats-commune-unknown = Населённый пункт не указан
stats-activities-note = Доля от всех встреч за период; у одной встречи может быть несколько тем.
stats-people-note = Доля от всех людей, которым помогли за период.
stats-loading = Подсчёт статистики…

error-period-ends-before-start = Период заканчивается раньше, чем начинается: проверьте обе даты.
error-period-too-long = { $max ->
    [one] Этот период слишком длинный (больше { $max } дня): проверьте год в обеих датах.
    [few] Этот период слишком длинный (больше { $max } дней): проверьте год в обеих датах.
    [many] Этот период слишком длинный (больше { $max } дней): проверьте год в обеих датах.
   *[other] Этот период слишком длинный (больше { $max } дней): проверьте год в обеих датах.
}

cli-about-escale-stats = Цифры за период: консультации, люди, темы, места, по месяцам (по умолчанию текущий месяц).
cli-arg-escale-stats-from = Первый день периода (ГГГГ-ММ-ДД), по умолчанию 1-е число месяца.
cli-arg-escale-stats-to = Последний день периода (ГГГГ-ММ-ДД), по умолчанию сегодня.
cli-arg-escale-stats-month = Целый месяц (ГГГГ-ММ), вместо --from и --to.
cli-arg-escale-stats-place = Только встречи в этом месте (его идентификатор).
cli-arg-escale-stats-json = Результат в формате JSON.
cli-stats-period = Статистика с { $from } по { $to }
cli-stats-accompaniments = { $count ->
    [one] { $count } консультация
    [few] { $count } консультации
    [many] { $count } консультаций
   *[other] { $count } консультаций
} (индивидуальных — { $individual }, на групповых занятиях — { $workshop })
cli-stats-people = { $count ->
    [one] { $count } человек, которому помогли
    [few] { $count } человека, которым помогли
    [many] { $count } человек, которым помогли
   *[other] { $count } человек, которым помогли
}, из них новых — { $new } (с карточками — { $followed }, анонимов — { $anonymous })
cli-stats-activities = { $count ->
    [one] { $count } встреча
    [few] { $count } встречи
    [many] { $count } встреч
   *[other] { $count } встреч
} (индивидуальных консультаций — { $individual }, групповых занятий — { $workshops })
cli-stats-share = { "  " }{ $label }: { $count } ({ $percent } %)
cli-stats-month = { "  " }{ $month }: консультаций — { $accompaniments }, людей — { $people }
