# Derechos de la persona: la copia legible de sus datos (derecho de acceso) y el registro de accesos.

access-document-title = Sus datos personales en Escale
access-document-intro = Este documento contiene todo lo que la organización que le da acompañamiento tiene registrado sobre usted en Escale, a fecha de { $date }.
# Una línea «etiqueta: valor».
access-line = { $label }: { $value }
access-list-separator = {", "}
access-value-missing = sin indicar
access-none = Ninguno.
access-erased = Su identidad, sus datos de contacto y las notas sobre usted se borraron el { $date }.

access-section-identity = Identidad y datos de contacto
access-section-consents = Consentimientos
access-section-accompaniments = Acompañamientos
access-section-procedures = Trámites administrativos
access-section-audit = Quién consultó o modificó su expediente, y cuándo

access-label-id = Identificador del expediente
access-label-birth-year = Año de nacimiento
access-label-gender = Género
access-label-social-status = Situación
access-label-commune = Municipio
access-commune = { $name } ({ $postalCode }, código INSEE { $inseeCode })
access-consent = Consentimiento dado el { $date } ({ $method }) para: { $purposes }.
access-consent-withdrawn = Retirado el { $date }.
access-accompaniment = { $date } — { $kind }, { $duration }, { $place }
access-label-themes = Temas
access-label-workshop = Taller
access-label-autonomy = Autonomía
access-label-orientation = Derivación
access-label-procedure-name = Trámite
access-label-next-steps = Próximos pasos
access-procedure = { $kind } — { $status }
access-label-reference = Número de expediente
access-label-deadline = Fecha límite
access-status-change = { $date }: { $status }
access-audit-event = { $date } — { $action } ({ $entity })

# Acciones del registro de accesos (códigos de crates/escale-core/src/privacy/audit.rs).
audit-action-create = creación
audit-action-update = modificación
audit-action-status-change = cambio de estado
audit-action-delete = eliminación
audit-action-view = consulta
audit-action-export = exportación de los datos
audit-action-erase = borrado
audit-action-anonymise = anonimización (plazo de conservación superado)
audit-action-withdraw = retirada del consentimiento
audit-action-restore = recuperación (eliminación o fusión deshecha)
audit-action-merge = fusión de dos fichas

# A qué se refiere una línea del registro.
audit-entity-beneficiary = expediente de la persona
audit-entity-activity = acompañamiento
audit-entity-procedure = trámite
audit-entity-consent = consentimiento
audit-entity-place = lugar de actividad
audit-entity-structure = organización
audit-entity-setting = ajuste
audit-entity-catalogue-entry = trámite del catálogo

privacy-title = Datos personales y derechos de la persona
privacy-consents = Consentimiento
privacy-no-consent = No hay ningún consentimiento registrado.
privacy-consent-line = Dado el { $date } ({ $method })
privacy-consent-withdrawn-on = Retirado el { $date }
privacy-withdraw = Retirar este consentimiento hoy
privacy-consent-date = Fecha del consentimiento
privacy-consent-method = Cómo
privacy-consent-purposes = Para qué
privacy-record-consent = Registrar el consentimiento
privacy-consent-recorded = Consentimiento registrado.
privacy-consent-withdrawn = Retirada del consentimiento registrada.
privacy-access = Copia de los datos (derecho de acceso)
privacy-access-explanation = Dos archivos: un texto legible en el idioma de la persona y todos los datos en JSON. El nombre de los archivos no contiene el nombre de ninguna persona.
privacy-export-folder = Carpeta donde guardar
privacy-usb-key = Memoria USB
privacy-documents = Documentos
privacy-export = Guardar la copia de los datos
privacy-exported = Copia guardada:
privacy-erasure = Borrado
privacy-erasure-explanation = Borra para siempre la identidad, los datos de contacto y las notas de esta persona. Los acompañamientos se siguen contando, sin nombre, para las estadísticas.
privacy-erase = Borrar los datos de esta persona…
privacy-erasure-question = ¿Borrar para siempre los datos de esta persona?
privacy-erasure-goes = Lo que se borrará:
privacy-erasure-accompaniment-notes = { $count ->
    [one] las notas y los próximos pasos de un acompañamiento
    [many] las notas y los próximos pasos de { $count } acompañamientos
   *[other] las notas y los próximos pasos de { $count } acompañamientos
}
privacy-erasure-procedure-texts = { $count ->
    [one] el número de expediente y las notas de un trámite
    [many] los números de expediente y las notas de { $count } trámites
   *[other] los números de expediente y las notas de { $count } trámites
}
privacy-erasure-status-notes = { $count ->
    [one] una nota de seguimiento de trámite
    [many] { $count } notas de seguimiento de trámites
   *[other] { $count } notas de seguimiento de trámites
}
privacy-erasure-keeps = Se conservan, sin nombre, para las estadísticas: { $accompaniments ->
    [one] { $accompaniments } acompañamiento
    [many] { $accompaniments } acompañamientos
   *[other] { $accompaniments } acompañamientos
} y { $procedures ->
    [one] { $procedures } trámite
    [many] { $procedures } trámites
   *[other] { $procedures } trámites
}. Este borrado no se puede deshacer.
privacy-erasure-cancel = No borrar
privacy-erasure-confirm = Borrar para siempre
privacy-erased = Los datos de la persona se han borrado.
audit-title = Registro de consultas y modificaciones
audit-when = Cuándo
audit-what = Acción
audit-which = Qué
audit-open-file = Abrir el expediente
audit-more = Mostrar más
audit-empty = No hay nada en el registro.
retention-title = Plazo de conservación
retention-explanation = Los expedientes sin ningún acompañamiento durante este tiempo se anonimizan al abrir Escale. Las estadísticas no cambian.
retention-months = Conservar los expedientes inactivos durante (meses)
retention-save = Guardar el plazo
retention-saved = Plazo de conservación guardado.
retention-preview-title = Expedientes que se anonimizarán en los próximos 30 días
retention-preview-none = Ningún expediente se anonimizará en los próximos 30 días.
retention-preview-line = { $name } — último acompañamiento el { $last }, se anonimiza el { $on }
retention-preview-more = Y { $count } más.
