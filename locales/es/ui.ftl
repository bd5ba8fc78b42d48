# Interfaz de la aplicación de escritorio (ui/). Traducción al español de locales/fr/ui.ftl:
# frases simples y directas, trato de «usted».

app-name = Escale
loading = Cargando…
saving = Guardando…
retry = Intentar de nuevo
cancel = Cancelar
yes = Sí
no = No
skip-to-content = Ir al contenido

## Encabezado y navegación

nav-label = Navegación principal
nav-home-title = Volver a la lista de personas (Ctrl+K)
nav-back = Volver
language-select-label = Idioma
# Un idioma en un selector: su nombre en ese idioma y luego en español.
language-choice = { $native } ({ $name })

shortcut-back = Esc
shortcut-new = Ctrl+N
shortcut-save = Ctrl+Enter

## Primer inicio

setup-title = Le damos la bienvenida a Escale
setup-intro = Escale guarda el registro de sus acompañamientos, incluso sin conexión a internet.
setup-point-encrypted = Los datos se quedan en esta computadora, cifrados: sin la clave, nadie puede leerlos, aunque la computadora se pierda o la roben.
setup-point-offline = Todo funciona sin conexión, tanto en el autobús como en la oficina.
setup-point-nothing-sent = No se envía nada por internet.
setup-keyring-explanation = La clave de cifrado se guardará en el llavero seguro de su sesión: no tiene que recordar nada.
setup-passphrase-legend = Elija una frase secreta
setup-passphrase-explanation = Esta computadora no tiene llavero seguro: una frase secreta protegerá sus datos. Escale se la pedirá cada vez que se abra. Al menos { $min } caracteres; una frase corta y fácil de recordar sirve muy bien.
setup-passphrase-warning = Si olvida esta frase secreta, solo la clave de recuperación (la imprimirá justo después) permitirá abrir los datos de nuevo.
setup-passphrase = Frase secreta
setup-passphrase-repeat = Frase secreta, otra vez
setup-shared-laptop = Esta computadora la usan también otras personas
setup-shared-laptop-help = En ese caso, los datos quedarán protegidos por una frase secreta, que se pide cada vez que se abre Escale, y no por el llavero de la sesión.
setup-passphrase-shared-explanation = Una frase secreta protegerá sus datos. Escale se la pedirá cada vez que se abra. Al menos { $min } caracteres; una frase corta y fácil de recordar sirve muy bien.
setup-demo = Cargar datos de demostración
setup-demo-help = Personas y acompañamientos inventados, para conocer Escale o formar a un colega. No marque esta casilla para un uso real.
setup-create = Crear mi base de datos cifrada
setup-working = Creando la base de datos cifrada…
setup-working-demo = Creando la base de datos cifrada y los datos de demostración… Tarda unos segundos.
setup-demo-skip = Empezar sin datos de demostración
setup-data-dir = Carpeta de los datos:

## Desbloqueo

unlock-title = Escale está bloqueado
unlock-intro = Escriba la frase secreta para abrir los datos de esta computadora.
unlock-keyring-intro = Escale no pudo abrir los datos con el llavero de la sesión.
unlock-retry = Intentar de nuevo
unlock-use-recovery = Tengo mi hoja de recuperación
unlock-passphrase = Frase secreta
unlock-submit = Desbloquear
unlock-working = Abriendo…
passphrase-deriving-key = Calculando la clave a partir de la frase secreta… Tarda unos segundos.

## Lista de personas

list-title = Personas acompañadas
list-new-beneficiary = Nueva persona
list-search-label = Buscar a una persona
list-search-placeholder = Nombre o apellido…
list-search-help = Escriba el comienzo del nombre o del apellido. Flechas ↑ ↓ para elegir, Enter para abrir la ficha.
list-results-label = { $count ->
    [0] Ningún resultado
    [one] { $count } resultado
    [many] { $count } resultados
   *[other] { $count } resultados
}
list-empty = Todavía no hay ninguna persona registrada. Empiece con «Nueva persona».
list-no-match = Nadie coincide con «{ $query }». Revise la ortografía o cree una ficha nueva.
list-last-activity = Última visita: { $date }
list-never-accompanied = Todavía sin acompañamiento
list-activity-count = { $count ->
    [one] { $count } acompañamiento
    [many] { $count } acompañamientos
   *[other] { $count } acompañamientos
}
list-limit = Solo se muestran las { $limit } primeras personas: precise la búsqueda.
person-anonymous = Persona anónima

## Ficha de una persona: formulario

beneficiary-form-new-title = Nueva persona
beneficiary-form-edit-title = Modificar la ficha
beneficiary-anonymous = Registrar sin nombre (persona anónima)
beneficiary-anonymous-help = Solo para las estadísticas: no se guardan el nombre, el teléfono ni el correo electrónico.
beneficiary-first-name = Nombre
beneficiary-last-name = Apellidos
beneficiary-latin-first-name = Nombre en letras latinas
beneficiary-latin-last-name = Apellidos en letras latinas
beneficiary-latin-name-help = Como en los papeles franceses, si el nombre está escrito en otra escritura (árabe, cirílica…). Se puede encontrar a la persona por una u otra forma.
beneficiary-birth-year = Año de nacimiento
beneficiary-birth-year-help = El grupo de edad se calcula a partir de este dato.
beneficiary-gender = Género
beneficiary-social-status = Situación
beneficiary-commune = Municipio de residencia
beneficiary-phone = Teléfono
beneficiary-email = Correo electrónico
beneficiary-languages = Idiomas que habla
beneficiary-languages-help = Marque primero el idioma que más usa.
beneficiary-document-language = Idioma de los documentos entregados
beneficiary-document-language-help = El idioma de los resúmenes impresos, junto al francés.
beneficiary-notes = Notas
beneficiary-notes-help = Solo lo que sea útil para acompañar a la persona. Nada de información de salud innecesaria.
beneficiary-save = Guardar la ficha

commune-placeholder = Nombre del municipio o código postal…
commune-help = Escriba al menos 2 letras o cifras y luego elija en la lista.
commune-clear = Borrar el municipio
commune-postal-codes = { $codes }
commune-with-postal-code = { $name } ({ $postalCode })

## Ficha de una persona: consulta

file-record-activity = Registrar un acompañamiento
file-edit = Modificar la ficha
file-born = { $gender ->
    [feminin] Nacida en { $year }
    [masculin] Nacido en { $year }
   *[other] Año de nacimiento: { $year }
}
file-identity = Identidad
file-latin-name = En letras latinas:
file-not-given = Sin indicar
file-activities = Acompañamientos ({ $count })
file-no-activity = No hay ningún acompañamiento registrado para esta persona.
procedure-reference = Referencia:
procedure-deadline = Fecha límite: { $date }

## Registrar un acompañamiento

activity-form-title = Nuevo acompañamiento individual
activity-form-for = Para:
activity-section-when = Cuándo y cuánto tiempo
activity-section-where = Dónde
activity-section-what = Lo que se hizo
activity-section-how = Cómo fue
activity-section-notes = Notas y próximos pasos
activity-date = Fecha
activity-duration = Duración
activity-duration-custom = Otra duración
activity-minutes-unit = minutos
activity-place-type = Lugar del acompañamiento
activity-place = Lugar de actividad
activity-place-choose = Elegir un lugar…
activity-place-option = { $name } ({ $commune })
activity-no-place = Todavía no hay ningún lugar de actividad registrado.
activity-place-add = + Añadir un lugar de actividad
activity-place-new-name = Nombre del lugar (por ejemplo «Parada de Felletin» u «Oficina de correos»)
activity-place-new-commune = Municipio del lugar
activity-place-create = Añadir este lugar
activity-place-cancel = Cancelar
activity-place-in-commune = { $place } ({ $commune })
activity-commune = Municipio
activity-themes = Temas
activity-administrative-themes = Trámites administrativos: ámbitos
activity-procedure-name = Nombre del trámite
activity-procedure-name-placeholder = Por ejemplo: renovación del titre de séjour
activity-equipment = Equipo utilizado
activity-autonomy = Autonomía de la persona
activity-oriented = ¿Derivada a otra organización?
activity-orientation = Derivación
activity-orientation-choose = Elegir la organización…
activity-notes = Notas
activity-next-steps = Próximos pasos
activity-next-steps-help = Lo que la persona tiene que hacer o traer la próxima vez.
activity-save = Guardar el acompañamiento

## Salir sin guardar

leave-title = ¿Salir sin guardar?
leave-text = Ha empezado a completar este formulario. Si sale ahora, se perderá lo que ha escrito.
leave-stay = Seguir en el formulario
leave-discard = Salir sin guardar

## Confirmaciones

toast-activity-saved = Acompañamiento guardado.
toast-beneficiary-created = Ficha creada.
toast-beneficiary-saved = Ficha guardada.

## Errores que la interfaz comprueba antes de llamar al núcleo

error-ui-passphrases-differ = Las dos frases secretas no son iguales.
error-ui-commune-not-chosen = Elija el municipio en la lista propuesta; si no, no se guardará.
error-ui-duration-required = Elija una duración.
error-ui-orientation-required = Elija la organización a la que se deriva a la persona.
