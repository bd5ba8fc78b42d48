# Los documentos impresos (PDF) que la persona se lleva: resumen de la cita, seguimiento de un
# trámite, consentimiento sobre los datos. Los leen personas que leen poco: frases cortas,
# palabras comunes, «usted». Cada documento se imprime en francés y en el idioma de la persona,
# uno al lado del otro.
# Las palabras del vocabulario (temas, estados, documentos) y la pantalla girada hacia la persona
# (person-view-*) se toman tal cual de sus archivos.

## En cada página
documents-page = Página { $page } de { $pages }
documents-for-person = Para: { $name }
# Nombre propuesto para el archivo: nunca el nombre de la persona.
documents-file-summary = resumen-cita-{ $date }.pdf
documents-file-procedure = seguimiento-tramite-{ $date }.pdf
documents-file-consent = consentimiento-datos-{ $date }.pdf

## Resumen de la cita
documents-summary-title = Resumen de su cita
documents-summary-with-mediator = Con { $mediator }, { $structure }
documents-summary-with-structure = Con { $structure }
documents-summary-when-where = El { $date } — { $place }
documents-summary-done = Lo que hicimos
documents-summary-procedure-typed = Trámite: { $procedure }
documents-summary-procedure-followed = Trámite en seguimiento: { $procedure }
documents-summary-workshop = Taller: { $title }
documents-column-procedure = Trámite
documents-column-status = Cómo va
documents-column-reference = Número de expediente
documents-column-deadline = Hacer antes del
documents-summary-next-steps = Lo que hay que hacer ahora
documents-summary-typed-by-mediator = Su mediador escribió:
documents-summary-next-steps-none = Nada más por ahora.
documents-summary-bring = Documentos que debe traer la próxima vez
documents-summary-bring-hint = Marque la casilla cuando tenga el documento.
documents-summary-bring-none = No tiene que traer ningún documento.
documents-summary-next-date = Próxima cita
documents-summary-call-back = Su mediador le llamará el { $date }.
documents-summary-no-date = Todavía no hay fecha. Anótela aquí:
documents-summary-write-date = Fecha: ____________    Hora: ________
documents-date-line = { $date }: { $what }
documents-contacts = Contactos útiles
documents-contact-partner = { $name } ({ $kind })
documents-contact-hours = Horario: { $hours }

## Seguimiento de un trámite
documents-procedure-title = Seguimiento de su trámite
documents-procedure-organisation = Organismo: { $organisation }
documents-procedure-since = Desde el { $date }
documents-procedure-no-reference = Todavía no hay número de expediente.
documents-procedure-dates = Fechas importantes
documents-procedure-renewal = Renovar antes del { $date }
documents-procedure-declaration = Próxima declaración: el { $date }
documents-procedure-call-back = Su mediador le llamará el { $date }.
documents-procedure-no-dates = No hay fechas importantes por ahora.
documents-procedure-documents = Los documentos
documents-procedure-documents-count = { $missing ->
    [0] Están todos los documentos.
    [one] Todavía falta un documento.
    [many] Todavía faltan { $missing } documentos.
   *[other] Todavía faltan { $missing } documentos.
}
documents-procedure-brought = { $document } (entregado el { $date })
documents-procedure-no-documents = No se ha pedido ningún documento.
documents-procedure-history = Las etapas
documents-column-date = Fecha
documents-column-step = Etapa
documents-column-note = Nota
documents-step-reopened = Reabierto: { $status }

## Consentimiento sobre los datos personales
documents-consent-title = Sus datos y su consentimiento
documents-consent-intro = { $structure ->
    [none] Le ayudamos con sus trámites.
   *[other] { $structure } le ayuda con sus trámites.
} Para acompañarle bien, guardamos algunos datos sobre usted. Están en la computadora de su mediador, protegidos con una contraseña. No están en internet.
documents-consent-what = Lo que guardamos
documents-consent-what-identity = Su nombre, su año de nacimiento, su municipio, su teléfono, su correo electrónico y los idiomas que habla.
documents-consent-what-visits = Sus citas: la fecha, el tema, la duración y lo que queda por hacer.
documents-consent-what-procedures = Sus trámites: el número de expediente, las fechas, los documentos entregados o los que faltan.
documents-consent-why = Para qué
documents-consent-tick = Marque con una cruz lo que acepta:
documents-consent-statistics = Sin su nombre, sus citas se cuentan en las estadísticas de la mediación digital.
documents-consent-how-long = Durante cuánto tiempo
documents-consent-retention = { $months ->
    [one] Guardamos sus datos durante { $months } mes después de su última cita. Después, borramos su nombre y sus datos de contacto.
    [many] Guardamos sus datos durante { $months } meses después de su última cita. Después, borramos su nombre y sus datos de contacto.
   *[other] Guardamos sus datos durante { $months } meses después de su última cita. Después, borramos su nombre y sus datos de contacto.
}
documents-consent-rights = Sus derechos
documents-consent-right-access = Puede recibir una copia de todos sus datos.
documents-consent-right-correct = Puede pedir que se corrija un dato equivocado.
documents-consent-right-erase = Puede pedir que se borren sus datos.
documents-consent-right-withdraw = Puede retirar su consentimiento cuando quiera. La ayuda que recibe no cambia.
documents-consent-how = { $structure ->
    [none] Para ello, hable con su mediador.
   *[other] Para ello, hable con su mediador o contacte con { $structure }.
}
documents-consent-complaint = Si no está conforme con nuestra respuesta, puede escribir a la CNIL, la autoridad francesa de protección de datos (www.cnil.fr).
documents-consent-sign = Su consentimiento
documents-consent-sign-text = He leído este documento, o me lo han leído. Acepto lo que he marcado.
documents-signature-person = Fecha y firma de la persona
documents-signature-mediator = Fecha y firma del mediador

## Línea de comandos
cli-about-escale-pdf = Imprime un documento para la persona, en PDF, en francés y en su idioma. Con --lang, en el idioma indicado junto al francés («fr»: solo francés).
cli-about-escale-pdf-summary = Resumen de una cita: lo que se hizo, los trámites en curso, lo que hay que hacer, los documentos que traer, los contactos.
cli-about-escale-pdf-procedure = Seguimiento de un trámite: las etapas, los documentos entregados y los que faltan, el número de expediente, las fechas.
cli-about-escale-pdf-consent = Consentimiento sobre los datos: lo que Escale guarda, para qué, durante cuánto tiempo, los derechos de la persona, un espacio para firmar.
cli-arg-escale-pdf-summary-id = Identificador del acompañamiento.
cli-arg-escale-pdf-procedure-id = Identificador del trámite.
cli-arg-escale-pdf-consent-id = Identificador de la persona.
cli-arg-escale-pdf-summary-out = Archivo PDF que escribir (se reemplaza si existe).
cli-arg-escale-pdf-procedure-out = Archivo PDF que escribir (se reemplaza si existe).
cli-arg-escale-pdf-consent-out = Archivo PDF que escribir (se reemplaza si existe).
cli-pdf-written = { $pages ->
    [one] Documento guardado: { $path } ({ $pages } página).
    [many] Documento guardado: { $path } ({ $pages } páginas).
   *[other] Documento guardado: { $path } ({ $pages } páginas).
}
