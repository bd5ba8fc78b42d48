# La ficha de una persona: corregir, eliminar y recuperar un acompañamiento, el historial,
# los posibles duplicados, la fusión de dos fichas y cómo deshacerla.

## Línea de comandos
cli-about-escale-activity-edit = Corrige un acompañamiento o un taller: solo cambian las opciones indicadas.
cli-arg-escale-activity-edit-id = Identificador de la actividad.
cli-arg-escale-activity-edit-date = Nueva fecha (AAAA-MM-DD).
cli-arg-escale-activity-edit-duration = Nueva duración en minutos.
cli-arg-escale-activity-edit-themes = Tema (código nacional; se puede repetir; reemplaza todos los temas).
cli-arg-escale-activity-edit-notes = Nuevas notas.
cli-arg-escale-activity-edit-next_steps = Nuevos próximos pasos.
cli-arg-escale-activity-edit-json = Resultado en JSON.
cli-about-escale-activity-delete = Elimina una actividad. Se puede recuperar después.
cli-arg-escale-activity-delete-id = Identificador de la actividad.
cli-arg-escale-activity-delete-json = Resultado en JSON.
cli-about-escale-activity-restore = Recupera una actividad eliminada.
cli-arg-escale-activity-restore-id = Identificador de la actividad.
cli-arg-escale-activity-restore-json = Resultado en JSON.
cli-activity-deleted = Actividad { $id } eliminada. Para recuperarla: escale activity restore { $id }
cli-about-escale-beneficiary-timeline = Muestra el historial de una persona: acompañamientos, talleres, etapas de los trámites, del más reciente al más antiguo.
cli-arg-escale-beneficiary-timeline-id = Identificador de la persona.
cli-arg-escale-beneficiary-timeline-limit = Número máximo de líneas.
cli-arg-escale-beneficiary-timeline-json = Resultado en JSON.
cli-timeline-empty = Todavía no hay nada registrado para esta persona.
cli-about-escale-beneficiary-merge = Fusiona dos fichas de la misma persona. Sin --yes, solo muestra lo que haría la fusión.
cli-arg-escale-beneficiary-merge-kept = Identificador de la ficha que se conserva.
cli-arg-escale-beneficiary-merge-other = Identificador de la ficha duplicada, que se fusionará en la ficha que se conserva.
cli-arg-escale-beneficiary-merge-yes = Fusionar de verdad.
cli-arg-escale-beneficiary-merge-json = Resultado en JSON.
cli-merge-preview = La ficha que se conserva recibirá { $accompaniments ->
        [one] { $accompaniments } acompañamiento
        [many] { $accompaniments } acompañamientos
       *[other] { $accompaniments } acompañamientos
    }, { $procedures ->
        [one] { $procedures } trámite
        [many] { $procedures } trámites
       *[other] { $procedures } trámites
    } y { $consents ->
        [one] { $consents } consentimiento
        [many] { $consents } consentimientos
       *[other] { $consents } consentimientos
    }. Campos completados: { $fields }. Añada --yes para fusionar.
cli-merged = Fichas fusionadas. Para deshacerlo: escale beneficiary unmerge { $merge }
cli-about-escale-beneficiary-unmerge = Deshace una fusión: las dos fichas vuelven a ser como antes.
cli-arg-escale-beneficiary-unmerge-merge = Identificador de la fusión (se indicó al hacerla).
cli-arg-escale-beneficiary-unmerge-json = Resultado en JSON.
cli-unmerged = Fusión deshecha. La ficha { $id } ha vuelto.
cli-likely-duplicate = Atención: ya existe una persona con el mismo nombre y el mismo año de nacimiento ({ $id }). Si es la misma persona, fusione las fichas: escale beneficiary merge

## Ficha de la persona
undo = Deshacer
file-timeline = Historial
file-timeline-older = Ver los más antiguos
file-workshop-participants = { $count ->
        [one] { $count } participante
        [many] { $count } participantes
       *[other] { $count } participantes
    }
file-activity-edit = Corregir
file-activity-delete = Eliminar
file-activity-restore = Recuperar
file-activity-deleted = Acompañamiento del { $date } eliminado.
file-activity-restored = Acompañamiento recuperado.
file-deleted-activities = { $count ->
        [one] { $count } acompañamiento eliminado
        [many] { $count } acompañamientos eliminados
       *[other] { $count } acompañamientos eliminados
    }

## Fusión de dos fichas
merge-open = Fusionar con otra ficha
merge-title = Fusionar otra ficha con la de { $name }
merge-explanation = Si esta persona tiene dos fichas, busque la otra. Esta ficha se conserva; recibe los acompañamientos, los trámites y los consentimientos de la otra, y los datos que le faltan.
merge-search = Buscar la otra ficha (nombre o apellido)
merge-preview-into = La ficha de { $other } se fusionará con la de { $kept }.
merge-preview-no-field = No se añade ningún dato a la ficha que se conserva.
merge-preview-fields = Datos añadidos a la ficha que se conserva: { $fields }.
merge-preview-accompaniments = { $count ->
        [0] Ningún acompañamiento que trasladar.
        [one] { $count } acompañamiento trasladado.
        [many] { $count } acompañamientos trasladados.
       *[other] { $count } acompañamientos trasladados.
    }
merge-preview-procedures = { $count ->
        [0] Ningún trámite que trasladar.
        [one] { $count } trámite trasladado.
        [many] { $count } trámites trasladados.
       *[other] { $count } trámites trasladados.
    }
merge-preview-consents = { $count ->
        [0] Ningún consentimiento que trasladar.
        [one] { $count } consentimiento trasladado.
        [many] { $count } consentimientos trasladados.
       *[other] { $count } consentimientos trasladados.
    }
merge-preview-undo = Podrá deshacer la fusión desde esta ficha.
merge-field-name = Nombre de la persona
merge-confirm = Fusionar las dos fichas
merge-done = Fichas fusionadas.
merge-undone = Fusión deshecha: las dos fichas han vuelto.
merge-history = Fusiones
merge-made-on = Ficha fusionada el { $date }
merge-undo = Deshacer la fusión

## Posibles duplicados
duplicate-warning = Puede que esta persona ya esté registrada (mismo nombre, mismo año de nacimiento):
duplicate-open = Abrir su ficha
