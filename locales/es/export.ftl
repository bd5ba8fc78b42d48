## Exportaciones en los formatos de la plataforma nacional (La Coop de la médiation numérique).
## Los encabezados de las columnas de los archivos son los de la plataforma, en francés, y no están aquí:
## son un formato de archivo, no texto de la interfaz.

export-title = Exportaciones
export-intro = Escale escribe sus acompañamientos o sus beneficiarios en el formato de La Coop de la médiation numérique, para declararlos sin escribirlos una segunda vez. El archivo está en francés, como lo espera la plataforma.
export-what = ¿Qué quiere exportar?
export-what-activities = Los acompañamientos (una línea por persona acompañada)
export-what-people = Los beneficiarios (las personas con nombre)
export-what-statistics = Las estadísticas del periodo (cifras clave, temas, lugares, personas)
export-period = Período
export-period-this-month = Este mes
export-period-last-month = El mes pasado
export-period-this-year = Este año
export-period-custom = Otras fechas
export-from = Desde
export-to = Hasta
export-period-reversed = La fecha de inicio es posterior a la fecha de fin.
export-place = Lugar
export-place-all = Todos los lugares
export-format = Formato del archivo
export-format-xlsx = Hoja de cálculo XLSX (para La Coop de la médiation numérique)
export-format-csv = CSV (para otras herramientas)
export-folder = Carpeta donde guardar (memoria USB o Documentos)
export-now = Exportar
export-working = Exportación en curso
export-cancel = Detener la exportación
# $rows: el número de líneas del archivo; $name: el nombre del archivo.
export-done = { $rows ->
    [0] Archivo guardado, sin ninguna línea para este período: { $name }
    [one] Archivo guardado con { $rows } línea: { $name }
    [many] Archivo guardado con { $rows } líneas: { $name }
   *[other] Archivo guardado con { $rows } líneas: { $name }
}
export-done-folder = En la carpeta: { $folder }

# Línea de comandos.
cli-about-escale-export = Exporta en los formatos de la plataforma nacional (La Coop de la médiation numérique), en XLSX o en CSV.
cli-about-escale-export-activities = Exporta los acompañamientos: una línea por persona acompañada.
cli-about-escale-export-people = Exporta los beneficiarios que tienen nombre.
cli-arg-escale-export-activities-from = A partir de esta fecha, incluida (AAAA-MM-DD).
cli-arg-escale-export-activities-to = Hasta esta fecha, incluida (AAAA-MM-DD).
cli-arg-escale-export-activities-place = Solo los acompañamientos de este lugar (su identificador).
cli-arg-escale-export-activities-format = Formato del archivo: xlsx (la plataforma nacional) o csv (otras herramientas).
cli-arg-escale-export-activities-output = Archivo que escribir, o carpeta donde toma el nombre que da la plataforma (la carpeta actual por defecto).
cli-arg-escale-export-activities-json = Resultado en JSON.
cli-arg-escale-export-people-from = Solo las personas acompañadas a partir de esta fecha, incluida (AAAA-MM-DD).
cli-arg-escale-export-people-to = Solo las personas acompañadas hasta esta fecha, incluida (AAAA-MM-DD).
cli-arg-escale-export-people-place = Solo las personas acompañadas en este lugar (su identificador).
cli-arg-escale-export-people-format = Formato del archivo: xlsx (la plataforma nacional) o csv (otras herramientas).
cli-arg-escale-export-people-output = Archivo que escribir, o carpeta donde toma el nombre que da la plataforma (la carpeta actual por defecto).
cli-arg-escale-export-people-json = Resultado en JSON.
cli-about-escale-export-statistics = Exporta las estadísticas de un periodo: cifras generales, los últimos 12 meses y cada desglose en número y porcentaje.
cli-arg-escale-export-statistics-from = Primer día del periodo (AAAA-MM-DD), el día 1 del mes por defecto.
cli-arg-escale-export-statistics-to = Último día del periodo (AAAA-MM-DD), hoy por defecto.
cli-arg-escale-export-statistics-place = Solo las actividades de este lugar (su identificador).
cli-arg-escale-export-statistics-format = Formato del archivo: xlsx (la plataforma nacional) o csv (otras herramientas).
cli-arg-escale-export-statistics-output = Archivo que escribir, o carpeta donde toma el nombre que da la plataforma (la carpeta actual por defecto).
cli-arg-escale-export-statistics-json = Resultado en JSON.
cli-national-export-progress = Exportación
# $rows: el número de líneas; $path: el archivo escrito.
cli-national-export-written = { $rows ->
    [one] { $rows } línea exportada a { $path }
    [many] { $rows } líneas exportadas a { $path }
   *[other] { $rows } líneas exportadas a { $path }
}

# Error.
error-export-not-written = Escale no ha podido escribir este archivo de exportación (error interno). No se ha dejado ningún archivo. Vuelva a intentarlo o avise del problema.
