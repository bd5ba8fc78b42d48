# Pantallas de los trámites en la ventana (ui/src/features/procedures y follow-up):
# la ficha de una persona, empezar un trámite, la pantalla de un trámite, la lista «Pendientes»
# y el catálogo de la organización. Frases cortas, palabras de todos los días.

shortcut-follow-up = Ctrl+U

## En la ficha de una persona

procedures-open-title = { $count ->
    [0] Trámites en curso
   *[other] Trámites en curso ({ $count })
}
procedures-start = Empezar un trámite
procedures-none-open = Ningún trámite en curso.
procedures-closed-title = { $count ->
    [one] { $count } trámite terminado
    [many] { $count } trámites terminados
   *[other] { $count } trámites terminados
}
procedures-deadline = Fecha límite: { $date }
procedures-next-renewal = Renovación: { $date }
procedures-next-declaration = Próxima declaración: { $date }
procedures-call-back = Volver a llamar el { $date }
procedures-documents-missing = { $count ->
    [0] Están todos los documentos
    [one] Falta { $count } documento
    [many] Faltan { $count } documentos
   *[other] Faltan { $count } documentos
}

## Lo que se sabe de un trámite del catálogo

procedure-for = Para:
procedure-own-entry = Propio de la organización
procedure-facts-organisation = Organismo
procedure-facts-theme = Tema
procedure-facts-delay = Plazo habitual
procedure-facts-days = { $days ->
    [one] { $days } día
    [many] { $days } días
   *[other] { $days } días
}
procedure-facts-every = { $months ->
    [one] Cada mes
    [many] Cada { $months } meses
   *[other] Cada { $months } meses
}
procedure-facts-documents = Documentos que se piden
procedure-facts-no-document = Ningún documento en la lista.

## Empezar un trámite

procedure-start-title = Empezar un trámite
procedure-start-search = ¿Qué trámite?
procedure-start-search-help = Escriba algunas letras del nombre o del organismo. Flechas ↑ ↓ para elegir, Enter para confirmar.
procedure-start-results = { $count ->
    [0] Ningún trámite
    [one] { $count } trámite
    [many] { $count } trámites
   *[other] { $count } trámites
}
procedure-start-no-match = Ningún trámite coincide con «{ $query }».
procedure-start-manage-catalogue = ¿El trámite no está en la lista? Añádalo al catálogo.
procedure-start-nothing-chosen = Elija un trámite de la lista.
procedure-start-status = ¿En qué punto está el trámite?
procedure-start-status-a_faire = Por hacer
procedure-start-status-deposee = Ya presentado
procedure-start-status-acceptee = Ya aceptado: seguir las renovaciones
procedure-started-on = Desde el
procedure-start-confirm = Empezar el seguimiento

## La pantalla de un trámite

procedure-screen-since = desde el { $date }
procedure-change-status = Cambiar el estado
procedure-next-status = Nuevo estado
procedure-screen-status-on = Fecha
procedure-screen-status-note = Nota (opcional)
procedure-screen-status-save = Guardar el estado
procedure-reopen-title = Volver a abrir el trámite
procedure-reopen-open = Volver a abrir el trámite…
procedure-closed-title = Trámite terminado
procedure-reopen-explanation = Este trámite está terminado. Para retomarlo (recurso, nueva solicitud, decisión anulada), vuelva a abrirlo y diga por qué.
procedure-reopen-status = Retomar con el estado
procedure-reopen-note = ¿Por qué volver a abrirlo? (obligatorio)
procedure-reopen-save = Volver a abrir el trámite
procedure-history = Historial
procedure-step-reopened = Vuelto a abrir: { $status }

procedure-screen-documents-count = Documentos traídos: { $brought } de { $total }
procedure-screen-brought-on = Traído el { $date }
procedure-screen-not-needed = No hace falta
procedure-screen-not-needed-label = { $document }: no hace falta, quitarlo de la lista
procedure-screen-add-document = Añadir un documento a la lista
procedure-screen-choose-document = Elegir un documento…
procedure-screen-add-document-button = Añadir

procedure-next-renewal-on = Renovación que hacer el { $date }
procedure-next-declaration-on = Declaración que hacer el { $date }
procedure-renewal-done = Renovación hecha
procedure-declaration-done = Declaración hecha
procedure-recurrence-done-help = Registra que se ha hecho hoy. La fecha siguiente se calcula sola.

procedure-details = Referencia, fechas y notas
procedure-reference-label = Número de expediente o de solicitud
procedure-deadline-label = Fecha límite
procedure-renewal-label = Fecha de la renovación
procedure-declaration-label = Fecha de la próxima declaración
procedure-call-back-label = Volver a llamar a la persona el
procedure-notes-label = Notas
procedure-details-save = Guardar
procedure-details-unsaved = Cambios todavía sin guardar

procedure-activities = { $count ->
    [0] Acompañamientos vinculados
   *[other] Acompañamientos vinculados ({ $count })
}
procedure-no-activity = Ningún acompañamiento vinculado a este trámite.
procedure-activity-line = { $date }: { $themes }
procedure-link = Vincular un acompañamiento de la persona
procedure-link-choose = Elegir un acompañamiento…
procedure-link-button = Vincular
procedure-unlink = Desvincular
procedure-unlink-label = Desvincular el acompañamiento del { $date }

## Confirmaciones

procedure-toast-started = Trámite empezado.
procedure-toast-status = Estado guardado: { $status }.
procedure-toast-reopened = Trámite vuelto a abrir: { $status }.
procedure-toast-document-brought = Documento traído: { $document }.
procedure-toast-document-missing = Documento que falta: { $document }.
procedure-toast-document-not_needed = Documento quitado de la lista: { $document }.
procedure-toast-document-added = Documento añadido a la lista: { $document }.
procedure-toast-saved = Guardado.
procedure-toast-recurrence-done = Anotado.
procedure-toast-recurrence-done-next = Anotado. Próxima vez: { $date }.
procedure-toast-linked = Acompañamiento vinculado.
procedure-toast-unlinked = Acompañamiento desvinculado.

## Pendientes

follow-up-title = Pendientes
follow-up-subtitle = Hoy, { $date }, y los 7 días siguientes
follow-up-help = Enter o clic: abrir el trámite. Flechas ↑ ↓ para pasar de una línea a otra.
follow-up-empty = Nada pendiente esta semana.
follow-up-overdue = Con retraso ({ $count })
follow-up-today = Hoy ({ $count })
follow-up-week = Esta semana ({ $count })
follow-up-more = Mostrar más ({ $count } más)
follow-up-why-deadline = Fecha límite el { $date }
follow-up-why-renewal = Renovación el { $date }
follow-up-why-renewal-prepare = Renovación el { $date }, preparar desde el { $start }
follow-up-why-declaration = Declaración el { $date }
follow-up-why-declaration-prepare = Declaración el { $date }, preparar desde el { $start }
follow-up-why-stuck = { $status } desde el { $date }: lleva mucho tiempo
follow-up-why-call-back = Volver a llamar el { $date }
follow-up-open-file = Ficha
follow-up-open-title = Abrir la lista «Pendientes» (Ctrl+U)
follow-up-count = Pendientes esta semana: { $count }
follow-up-count-overdue = { $count } con retraso
follow-up-count-none = Nada pendiente esta semana

## Catálogo de trámites de la organización

catalogue-title = Catálogo de trámites
catalogue-intro = Desmarque los trámites que su organización no hace nunca: dejarán de proponerse. Los trámites ya empezados no cambian.
catalogue-filter = Buscar en el catálogo
catalogue-hidden-count = { $count ->
    [one] { $count } trámite oculto
    [many] { $count } trámites ocultos
   *[other] { $count } trámites ocultos
}
catalogue-no-match = Ningún trámite coincide con «{ $query }».
catalogue-state-offered = Visible
catalogue-state-hidden = Oculto
catalogue-add-open = Añadir un trámite propio de la organización
catalogue-add-title = Nuevo trámite propio de la organización
catalogue-new-label = Nombre del trámite
catalogue-new-label-help = Tal como lo buscan sus colegas. No se traduce.
catalogue-choose-theme = Elegir un tema…
catalogue-no-organisation = Sin precisar
catalogue-new-delay = Plazo habitual (días)
catalogue-new-documents = { $count ->
    [0] Documentos que se piden
    [one] Documentos que se piden ({ $count } elegido)
    [many] Documentos que se piden ({ $count } elegidos)
   *[other] Documentos que se piden ({ $count } elegidos)
}
catalogue-document-search = Buscar un documento…
catalogue-add-save = Añadir al catálogo
catalogue-toast-added = Trámite añadido al catálogo: { $procedure }.
catalogue-toast-hidden = Trámite oculto: { $procedure }.
catalogue-toast-offered = Trámite visible de nuevo: { $procedure }.

## Errores que la interfaz comprueba antes de llamar al núcleo

error-ui-procedure-status-required = Elija el nuevo estado.
error-ui-procedure-theme-required = Elija un tema administrativo.
