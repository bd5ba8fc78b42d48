# Importación de personas desde un archivo (plantilla de importación de La Coop de la médiation numérique, hoja de cálculo, CSV).

## Archivos ilegibles

error-import-file-empty = El archivo está vacío: no hay ninguna celda rellenada.
error-import-file-too-large = El archivo es demasiado grande (más de { $max } MB). Divídalo en varios archivos.
error-import-not-a-spreadsheet = Este archivo no es una hoja de cálculo legible (XLSX o CSV). Puede estar dañado o incompleto: vuelva a guardarlo desde su hoja de cálculo, en formato XLSX o CSV.
error-import-sheet-missing = El libro no tiene ninguna hoja «{ $sheet }». Sus hojas: { $sheets }.
error-import-too-many-rows = El archivo tiene demasiadas filas (el límite es { $max }). Divídalo en varios archivos.
error-import-too-many-columns = El archivo tiene demasiadas columnas (el límite es { $max }).
error-import-cell-too-long = La celda { $column }{ $line } es demasiado larga (el límite por celda es { $max } caracteres).
error-import-header-row-missing = La fila { $line } del archivo está vacía o no existe: no puede llevar los títulos de las columnas.
error-import-column-unknown = No hay ninguna columna «{ $column }» en el archivo: indique su letra (A, B, C…) o su título.
error-import-field-unknown = «{ $field }» no es un campo de una persona. Campos: { $fields }.
error-import-name-column-missing = Ninguna columna del archivo se ha reconocido como apellido o nombre. Indíquela (por ejemplo --column last-name=A).

## Observaciones sobre una fila importada

error-import-commune-not-found = Municipio no encontrado en la lista oficial: la persona se importa sin municipio.
error-import-commune-ambiguous = Varios municipios tienen este nombre: la persona se importa sin municipio. Añada el código postal para elegir.
import-duplicate-of-line = Mismo nombre y mismo año de nacimiento que la fila { $line } del archivo.
import-duplicate-of-existing = { $count ->
    [one] Mismo nombre y mismo año de nacimiento que una persona ya registrada.
    [many] Mismo nombre y mismo año de nacimiento que { $count } personas ya registradas.
   *[other] Mismo nombre y mismo año de nacimiento que { $count } personas ya registradas.
}

## Campos

import-field-name = Nombre y apellido
import-field-lastName = Apellido
import-field-firstName = Nombre
import-field-birthYear = Año de nacimiento
import-field-gender = Género
import-field-socialStatus = Situación
import-field-commune = Municipio
import-field-communeInseeCode = Código INSEE
import-field-communePostalCode = Código postal
import-field-phone = Teléfono
import-field-email = Correo electrónico
import-field-notes = Notas

## Informe de filas rechazadas (archivo CSV)

import-report-line = Fila
import-report-field = Campo
import-report-reason = Motivo
import-report-outcome = Resultado
import-report-refused = Fila rechazada
import-report-kept = Importada
import-report-likely-duplicate = Posible duplicado

## Línea de comandos

cli-about-escale-import = Importa datos de otra herramienta.
cli-about-escale-import-people = Importa personas desde un archivo XLSX o CSV (la plantilla de importación de La Coop de la médiation numérique se reconoce tal cual). Primero muestra lo que se importará, los posibles duplicados y las filas rechazadas; todo o nada.
cli-arg-escale-import-people-file = El archivo que se va a importar (XLSX o CSV).
cli-arg-escale-import-people-sheet = La hoja del libro que se lee (la primera por defecto).
cli-arg-escale-import-people-header_row = La fila con los títulos de las columnas (se encuentra sola por defecto); las personas están en las filas siguientes.
cli-arg-escale-import-people-column = Dónde leer un campo: CAMPO=COLUMNA, la columna por su letra o su título (por ejemplo phone=G, notes="Observaciones"); CAMPO=- para no leerlo. Campos: last-name, first-name, birth-year, commune, insee-code, postal-code, phone, email, gender, social-status, notes.
cli-arg-escale-import-people-dry_run = Mostrar lo que se importaría, sin guardar nada.
cli-arg-escale-import-people-skip_duplicates = No importar los posibles duplicados.
cli-arg-escale-import-people-rejects = Guardar el informe de filas rechazadas y observaciones en este archivo CSV.
cli-arg-escale-import-people-json = Resultado en JSON.

cli-import-national-template = Plantilla de importación de La Coop de la médiation numérique reconocida: hoja «{ $sheet }», personas a partir de la fila { $line }.
cli-import-column = { $field }: columna { $column }
cli-import-summary = Filas leídas: { $lines }; personas que se importarán: { $accepted }; filas rechazadas: { $rejected }.
cli-import-duplicates = Posibles duplicados (mismo nombre y mismo año de nacimiento): { $count }.
cli-import-issue = Fila { $line } ({ $field }): { $reason }
cli-import-more-issues = … y otras observaciones: { $count } (el informe --rejects las da todas).
cli-import-report-written = Informe guardado en { $path }.
cli-import-dry-run = Prueba: no se ha guardado nada.
cli-import-progress = Importación de personas
cli-import-done = Personas importadas: { $imported }.
cli-import-skipped-duplicates = Posibles duplicados dejados de lado: { $count }.
