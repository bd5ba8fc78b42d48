# Pantalla «Importar personas» de la ventana: el archivo, las columnas, la vista previa, la importación.

import-ui-open = Importar personas
import-ui-title = Importar personas
import-ui-intro = Desde la plantilla de importación de La Coop de la médiation numérique o desde cualquier hoja de cálculo (XLSX o CSV). No se guarda nada antes del último paso.

## 1. El archivo

import-ui-step-file = 1. El archivo
import-ui-found-files = Hojas de cálculo encontradas en sus documentos y en las memorias USB
import-ui-found-files-choose = { $count ->
    [one] Elegir entre { $count } archivo encontrado…
    [many] Elegir entre { $count } de archivos encontrados…
   *[other] Elegir entre { $count } archivos encontrados…
}
import-ui-found-in-documents = { $name } (documentos)
import-ui-found-on-key = { $name } (memoria USB)
import-ui-path = Ruta del archivo que importar (XLSX o CSV)
import-ui-path-help = Escriba la ruta completa del archivo o elíjalo en la lista de arriba.
import-ui-path-help-typed = Escriba la ruta completa del archivo (no se ha encontrado ninguna hoja de cálculo en sus documentos ni en una memoria USB).
import-ui-read = Leer el archivo
import-ui-read-again = Volver a leer el archivo
import-ui-reading = Leyendo el archivo…
import-ui-file-read = Archivo leído: { $name }
import-ui-sheet = Hoja del libro que leer
error-import-ui-path-required = Indique el archivo que importar.
error-import-file-not-read = El archivo ya no está en memoria: vuelva a leerlo.

## 2. Las columnas

import-ui-step-columns = 2. Las columnas
import-ui-national-template = Plantilla de importación de La Coop de la médiation numérique reconocida: sus columnas son conocidas, no hay nada que elegir.
import-ui-columns-intro = Para cada dato, la columna del archivo que lo contiene. Escale la ha deducido de los títulos de las columnas: compruébela y cámbiela si hace falta.
import-ui-header-line = Fila de los títulos de las columnas
import-ui-header-line-help = Las personas están en las filas siguientes. Cámbiela si Escale se equivocó de fila.
import-ui-column-none = No importar
import-ui-column-option = Columna { $letter }: { $header }
import-ui-column-option-untitled = Columna { $letter } (sin título)
import-ui-column-example = Ejemplo: { $example }
import-ui-name-column-needed = Elija la columna del apellido o del nombre: sin ella no se puede importar a nadie.

## 3. La vista previa

import-ui-step-preview = 3. Lo que se importará
import-ui-previewing = Actualizando la vista previa…
import-ui-accepted = { $count ->
    [one] Se importará { $count } persona
    [many] Se importarán { $count } de personas
   *[other] Se importarán { $count } personas
} (de { $lines ->
    [one] { $lines } fila leída
    [many] { $lines } de filas leídas
   *[other] { $lines } filas leídas
}).
import-ui-duplicates = { $count ->
    [one] { $count } duplicado probable (mismo nombre y mismo año de nacimiento).
    [many] { $count } de duplicados probables (mismo nombre y mismo año de nacimiento).
   *[other] { $count } duplicados probables (mismo nombre y mismo año de nacimiento).
}
import-ui-rejected = { $count ->
    [one] { $count } fila rechazada.
    [many] { $count } de filas rechazadas.
   *[other] { $count } filas rechazadas.
}
import-ui-duplicates-title = Duplicados probables
import-ui-duplicate-of-existing = Fila { $line }: { $name } se parece a { $count ->
    [one] una persona ya registrada
    [many] { $count } de personas ya registradas
   *[other] { $count } personas ya registradas
}: { $existing }.
import-ui-duplicate-of-line = Fila { $line }: { $name }, mismo nombre y mismo año de nacimiento que la fila { $earlier } del archivo.
import-ui-skip-duplicates = No importar los duplicados probables
import-ui-rejected-title = Filas rechazadas
import-ui-remarks-title = Filas importadas con una observación
import-ui-table-line = Fila
import-ui-table-field = Campo
import-ui-table-reason = Motivo
import-ui-more-issues = { $count ->
    [one] … y { $count } más: el informe las recoge todas.
    [many] … y { $count } más: el informe las recoge todas.
   *[other] … y { $count } más: el informe las recoge todas.
}

## El informe

import-ui-report-title = Informe de las filas rechazadas
import-ui-report-help = Un archivo CSV con cada fila rechazada y su motivo, cada observación y cada duplicado probable. Solo contiene números de fila y motivos, ningún nombre.
import-ui-report-folder = Carpeta donde guardar el informe
import-ui-save-report = Guardar el informe
import-ui-report-saved = Informe «{ $name }» guardado:
error-import-ui-folder-required = Indique la carpeta donde guardar el informe.

## 4. La importación

import-ui-step-import = 4. Importar
import-ui-all-or-nothing = Todo o nada: si la importación se cancela o se detiene, no se guarda a nadie.
import-ui-run = { $count ->
    [one] Importar { $count } persona
    [many] Importar { $count } de personas
   *[other] Importar { $count } personas
}
import-ui-nothing-to-import = No hay nadie que importar: corrija el archivo o las columnas elegidas.
import-ui-importing = Importando las personas
import-ui-cancel = Cancelar la importación
import-ui-cancelled = Importación cancelada: no se ha guardado a nadie.
import-ui-done-title = Importación terminada
import-ui-done = { $count ->
    [one] { $count } persona importada.
    [many] { $count } de personas importadas.
   *[other] { $count } personas importadas.
}
import-ui-done-skipped = { $count ->
    [one] { $count } duplicado probable dejado de lado.
    [many] { $count } de duplicados probables dejados de lado.
   *[other] { $count } duplicados probables dejados de lado.
}
import-ui-done-rejected = { $count ->
    [one] { $count } fila rechazada no se ha importado.
    [many] { $count } de filas rechazadas no se han importado.
   *[other] { $count } filas rechazadas no se han importado.
}
import-ui-back-to-list = Volver a la lista de personas
import-ui-import-another = Importar otro archivo
