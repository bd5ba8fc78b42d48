# La pantalla girada hacia la persona: sus próximos pasos en su idioma, y la lectura en voz alta.
# Escribir sencillo: frases cortas, palabras comunes.

## En la ficha de la persona (idioma del mediador)
person-view-open = Girar la pantalla hacia la persona
person-view-open-title = Mostrar a la persona, en su idioma, solo lo que le concierne ({ $shortcut })
shortcut-person-view = Ctrl+Mayús+P
person-view-needs-pin = Para girar la pantalla hacia la persona, elija primero un código PIN: se le pedirá para volver a sus pantallas.
person-view-pin-save = Elegir este código y girar la pantalla
person-view-pin-cancel = Cancelar

## La pantalla de la persona (en su idioma)
person-view-title = Sus próximos pasos
person-view-title-named = { $name }, estos son sus próximos pasos
person-view-next-steps = Lo que hay que hacer
person-view-next-steps-none = Nada que hacer por ahora.
person-view-written-on = Anotado el { $date }
person-view-procedures = Sus trámites en curso
person-view-procedures-none = Ningún trámite en curso.
person-view-status = Cómo va el trámite: { $status }
person-view-reference = Número de expediente: { $reference }
person-view-deadline = Hacer antes del { $date }
person-view-documents-missing = { $count ->
    [one] Falta un documento:
    [many] Faltan { $count } documentos:
   *[other] Faltan { $count } documentos:
}
person-view-documents-complete = Están todos los documentos.
person-view-dates = Sus próximas fechas
person-view-dates-none = Ninguna fecha prevista por ahora.
person-view-date-deadline = último día para «{ $procedure }»
person-view-date-renewal = renovar «{ $procedure }»
person-view-date-declaration = hacer la declaración «{ $procedure }»
person-view-date-call_back = su mediador le llama por «{ $procedure }»
person-view-read-aloud = Escuchar
person-view-stop-reading = Parar la lectura
person-view-no-voice = No hay voz en { $language } en este ordenador

## Devolver la pantalla al mediador (idioma del mediador)
person-view-back = Devolver la pantalla al mediador
person-view-back-explained = Solo para el mediador: se pide su código para volver.
person-view-back-submit = Volver a mis pantallas
person-view-back-cancel = Cancelar

## Línea de comandos
cli-about-escale-person-view = Muestra lo que la pantalla girada hacia la persona le enseña, en su idioma: sus próximos pasos, sus trámites en curso con los documentos que faltan, sus próximas fechas.
cli-arg-escale-person-view-id = Identificador de la persona.
cli-arg-escale-person-view-json = Resultado en JSON.

## Errores de la lectura en voz alta
error-reading-unavailable = El motor de lectura en voz alta (espeak-ng) no está instalado en este ordenador.
error-reading-no-voice = No hay voz para este idioma en este ordenador.
error-reading-failed = La lectura en voz alta no ha funcionado (¿no hay salida de sonido?).
