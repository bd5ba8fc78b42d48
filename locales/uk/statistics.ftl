## Statistics of a period (screen, command line, exports and monthly report).

stats-title = Статистика
stats-open = Статистика
stats-period = Період
stats-period-this-month = Цей місяць
stats-period-last-month = Минулий місяць
stats-period-this-year = Цей рік
stats-period-custom = Вибраний період
stats-from = З
stats-to = По
stats-show = Показати
stats-place = Місце
stats-place-all = Усі місця
stats-subtitle = З { $from } по { $to }
stats-subtitle-place = З { $from } по { $to }, місце: { $place }
stats-empty = За цей період не записано жодної зустрічі.
stats-key-figures = Основні показники
stats-total-accompaniments = Консультації
stats-total-people = Люди, яким допомогли
stats-total-new-people = Нові люди
stats-total-followed-people = Люди з картками
stats-total-anonymous-people = Анонімні особи
stats-total-individual = Індивідуальні консультації
stats-total-workshop-participants = Участь у групових заняттях
stats-total-activities = Зустрічі
stats-total-workshops = Групові заняття
stats-months = Останні 12 місяців
stats-months-caption = Консультації та люди, яким допомогли, за місяцями
stats-column-month = Місяць
stats-column-accompaniments = Консультації
stats-column-people = Люди
stats-column-label = Значення
stats-column-count = Кількість
stats-column-percent = Частка
stats-digital-themes = Теми цифрової допомоги
stats-administrative-themes = Адміністративні теми
stats-equipment = Використані пристрої
stats-channels = Формати консультацій
stats-durations = Тривалість
stats-places = Місця прийому
stats-genders = Стать
stats-age-bands = Вікові групи
stats-social-statuses = Становище людей
stats-communes = Населений пункт проживання
stats-commune-unknown = Населений пункт не вказано
stats-activities-note = Частка від усіх зустрічей за період; одна зустріч може мати кілька тем.
stats-people-note = Частка від усіх людей, яким допомогли за період.
stats-loading = Обчислення статистики…

error-period-ends-before-start = Період закінчується раніше, ніж починається: перевірте обидві дати.
error-period-too-long = { $max ->
    [one] Цей період задовгий (понад { $max } день): перевірте рік в обох датах.
    [few] Цей період задовгий (понад { $max } дні): перевірте рік в обох датах.
    [many] Цей період задовгий (понад { $max } днів): перевірте рік в обох датах.
   *[other] Цей період задовгий (понад { $max } днів): перевірте рік в обох датах.
}

cli-about-escale-stats = Цифри за період: консультації, люди, теми, місця, за місяцями (типово поточний місяць).
cli-arg-escale-stats-from = Перший день періоду (РРРР-ММ-ДД), типово 1-ше число місяця.
cli-arg-escale-stats-to = Останній день періоду (РРРР-ММ-ДД), типово сьогодні.
cli-arg-escale-stats-month = Цілий місяць (РРРР-ММ), замість --from і --to.
cli-arg-escale-stats-place = Лише зустрічі в цьому місці (його ідентифікатор).
cli-arg-escale-stats-json = Результат у форматі JSON.
cli-stats-period = Статистика з { $from } по { $to }
cli-stats-accompaniments = { $count ->
    [one] { $count } консультація
    [few] { $count } консультації
    [many] { $count } консультацій
   *[other] { $count } консультацій
} (індивідуальних — { $individual }, на групових заняттях — { $workshop })
cli-stats-people = { $count ->
    [one] { $count } людина, якій допомогли
    [few] { $count } людини, яким допомогли
    [many] { $count } людей, яким допомогли
   *[other] { $count } людей, яким допомогли
}, з них нових — { $new } (з картками — { $followed }, анонімних — { $anonymous })
cli-stats-activities = { $count ->
    [one] { $count } зустріч
    [few] { $count } зустрічі
    [many] { $count } зустрічей
   *[other] { $count } зустрічей
} (індивідуальних консультацій — { $individual }, групових занять — { $workshops })
cli-stats-share = { "  " }{ $label }: { $count } ({ $percent } %)
cli-stats-month = { "  " }{ $month }: консультацій — { $accompaniments }, людей — { $people }
