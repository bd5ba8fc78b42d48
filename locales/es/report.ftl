## El informe mensual de actividad (PDF para la organización y sus financiadores), su parte de la
## pantalla de estadísticas y el comando `escale report`.

report-title = Informe de actividad — { $month }
report-period-all-places = Del { $from } al { $to }, todos los lugares de actividad
report-printed-on = Emitido el { $date }
report-number = { $value }
report-share = { $count } ({ $percent } %)
report-note-heading = Unas palabras de la organización
report-months-caption = Acompañamientos por mes, en los doce meses que terminan con el del informe.
report-procedures = Trámites con más acompañamientos
report-procedures-note = Número de actividades que trataron cada trámite: trámites en seguimiento y trámites indicados en un acompañamiento.
report-nothing = No hay nada registrado en este mes.
documents-file-report = informe-actividad-{ $month }.pdf
audit-entity-report-note = texto del informe mensual
error-month-invalid = Este mes no es válido: escríbalo con la forma AAAA-MM, por ejemplo 2026-10.

report-section = Informe mensual
report-explanation = Un PDF para la organización y sus financiadores: las cifras del mes, los gráficos, los temas y trámites, los lugares y municipios, y su texto.
report-month = Mes del informe
report-note-label = Unas palabras de la organización para este mes
report-note-help = Unas líneas que se imprimen en el informe: lo que marcó el mes, un lugar nuevo, un organismo asociado. Se guarda en cuanto sale del campo.
report-note-saved = Texto guardado.
report-note-count = { $count } / { $max } caracteres
report-print = Guardar el informe en PDF…
print-title-monthly-report = Informe mensual de actividad

cli-about-escale-report = El informe mensual de actividad para la organización y sus financiadores, en PDF: cifras clave, gráficos, temas, trámites, lugares y municipios.
cli-arg-escale-report-month = El mes del informe (AAAA-MM); por defecto, el mes pasado.
cli-arg-escale-report-place = Solo las actividades de este lugar (su identificador).
cli-arg-escale-report-text = Unas palabras de la organización para este mes, que se guardan para las próximas impresiones ("" las borra).
cli-arg-escale-report-text_file = El mismo texto, leído de un archivo de texto (UTF-8).
cli-arg-escale-report-out = Archivo PDF que escribir (se reemplaza si existe); si no se indica, el nombre del informe, en la carpeta actual.
cli-report-text-not-read = El archivo { $path } no se puede leer como texto: compruebe que existe y que está guardado en UTF-8.
