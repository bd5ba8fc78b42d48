## Statistics of a period (screen, command line, exports and monthly report).

stats-title = Statistics
stats-open = Statistics
stats-period = Period
stats-period-this-month = This month
stats-period-last-month = Last month
stats-period-this-year = This year
stats-period-custom = Chosen period
stats-from = From
stats-to = To
stats-show = Show
stats-place = Place
stats-place-all = All places
stats-subtitle = From { $from } to { $to }
stats-subtitle-place = From { $from } to { $to }, at { $place }
stats-empty = No activity recorded in this period.
stats-key-figures = Key figures
stats-total-accompaniments = Accompaniments
stats-total-people = People accompanied
stats-total-new-people = New people
stats-total-followed-people = People followed
stats-total-anonymous-people = Anonymous people
stats-total-individual = Individual accompaniments
stats-total-workshop-participants = Workshop attendances
stats-total-activities = Activities
stats-total-workshops = Workshops
stats-months = The last 12 months
stats-months-caption = Accompaniments and people accompanied per month
stats-column-month = Month
stats-column-accompaniments = Accompaniments
stats-column-people = People
stats-column-label = Value
stats-column-count = Number
stats-column-percent = Share
stats-digital-themes = Digital mediation themes
stats-administrative-themes = Administrative themes
stats-equipment = Equipment used
stats-channels = Channels
stats-durations = Durations
stats-places = Places of activity
stats-genders = Gender
stats-age-bands = Age bands
stats-social-statuses = People’s status
stats-communes = Commune of residence
stats-commune-unknown = Commune not given
stats-activities-note = Share of the period’s activities; an activity can have several themes.
stats-people-note = Share of the people accompanied in the period.
stats-loading = Computing the statistics…

error-period-ends-before-start = The period ends before it starts: check both dates.
error-period-too-long = This period is too long (more than { $max } days): check the year of both dates.

cli-about-escale-stats = The figures of a period: accompaniments, people, themes, places, per month (this month by default).
cli-arg-escale-stats-from = First day of the period (YYYY-MM-DD), the 1st of the month by default.
cli-arg-escale-stats-to = Last day of the period (YYYY-MM-DD), today by default.
cli-arg-escale-stats-month = A whole month (YYYY-MM), instead of --from and --to.
cli-arg-escale-stats-place = Only the activities of this place (its identifier).
cli-arg-escale-stats-json = Output as JSON.
cli-stats-period = Statistics from { $from } to { $to }
cli-stats-accompaniments = { $count ->
    [one] { $count } accompaniment
   *[other] { $count } accompaniments
} ({ $individual } individual, { $workshop } in workshops)
cli-stats-people = { $count ->
    [one] { $count } person accompanied
   *[other] { $count } people accompanied
} ({ $followed } followed, { $anonymous } anonymous), { $new } of them new
cli-stats-activities = { $count ->
    [one] { $count } activity
   *[other] { $count } activities
} ({ $individual } individual accompaniments, { $workshops } workshops)
cli-stats-share = { "  " }{ $label }: { $count } ({ $percent } %)
cli-stats-month = { "  " }{ $month }: { $accompaniments } accompaniments, { $people } people
