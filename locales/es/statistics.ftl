## Estadísticas de un periodo (pantalla, línea de comandos, exportaciones e informe mensual).

stats-title = Estadísticas
stats-open = Estadísticas
stats-period = Periodo
stats-period-this-month = Este mes
stats-period-last-month = El mes pasado
stats-period-this-year = Este año
stats-period-custom = Periodo elegido
stats-from = Desde
stats-to = Hasta
stats-show = Mostrar
stats-place = Lugar
stats-place-all = Todos los lugares
stats-subtitle = Del { $from } al { $to }
stats-subtitle-place = Del { $from } al { $to }, en { $place }
stats-empty = No hay ninguna actividad registrada en este periodo.
stats-key-figures = Cifras clave
stats-total-accompaniments = Acompañamientos
stats-total-people = Personas acompañadas
stats-total-new-people = Personas nuevas
stats-total-followed-people = Personas con ficha
stats-total-anonymous-people = Personas anónimas
stats-total-individual = Acompañamientos individuales
stats-total-workshop-participants = Participaciones en talleres
stats-total-activities = Actividades
stats-total-workshops = Talleres
stats-months = Los últimos 12 meses
stats-months-caption = Acompañamientos y personas acompañadas por mes
stats-column-month = Mes
stats-column-accompaniments = Acompañamientos
stats-column-people = Personas
stats-column-label = Valor
stats-column-count = Número
stats-column-percent = Porcentaje
stats-digital-themes = Temas de mediación digital
stats-administrative-themes = Temas administrativos
stats-equipment = Equipo utilizado
stats-channels = Canales de acompañamiento
stats-durations = Duraciones
stats-places = Lugares de actividad
stats-genders = Género
stats-age-bands = Grupos de edad
stats-social-statuses = Situación de las personas
stats-communes = Municipio de residencia
stats-commune-unknown = Municipio sin indicar
stats-activities-note = Porcentaje de las actividades del periodo; una actividad puede tener varios temas.
stats-people-note = Porcentaje de las personas acompañadas en el periodo.
stats-loading = Calculando las estadísticas…

error-period-ends-before-start = El periodo termina antes de empezar: compruebe las dos fechas.
error-period-too-long = Este periodo es demasiado largo (más de { $max } días): compruebe el año de las dos fechas.

cli-about-escale-stats = Las cifras de un periodo: acompañamientos, personas, temas, lugares, por mes (este mes por defecto).
cli-arg-escale-stats-from = Primer día del periodo (AAAA-MM-DD), el día 1 del mes por defecto.
cli-arg-escale-stats-to = Último día del periodo (AAAA-MM-DD), hoy por defecto.
cli-arg-escale-stats-month = Un mes entero (AAAA-MM), en lugar de --from y --to.
cli-arg-escale-stats-place = Solo las actividades de este lugar (su identificador).
cli-arg-escale-stats-json = Resultado en JSON.
cli-stats-period = Estadísticas del { $from } al { $to }
cli-stats-accompaniments = { $count ->
    [one] { $count } acompañamiento
    [many] { $count } acompañamientos
   *[other] { $count } acompañamientos
} ({ $individual } individuales, { $workshop } en talleres)
cli-stats-people = { $count ->
    [one] { $count } persona acompañada
    [many] { $count } personas acompañadas
   *[other] { $count } personas acompañadas
}, de ellas { $new } nuevas ({ $followed } con ficha, { $anonymous } anónimas)
cli-stats-activities = { $count ->
    [one] { $count } actividad
    [many] { $count } actividades
   *[other] { $count } actividades
} ({ $individual } acompañamientos individuales, { $workshops } talleres)
cli-stats-share = { "  " }{ $label }: { $count } ({ $percent } %)
cli-stats-month = { "  " }{ $month }: { $accompaniments } acompañamientos, { $people } personas
