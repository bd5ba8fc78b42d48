# Línea de comandos «escale»: ayuda (cli-about-<comando>, cli-arg-<comando>-<opción>) y mensajes.

cli-about-escale = Escale en la línea de comandos: los mismos datos cifrados que la aplicación, para la administración y los scripts.
cli-arg-escale-data_dir = Carpeta de los datos (por defecto, la de la aplicación; variable ESCALE_DATA_DIR).
cli-arg-escale-lang = Idioma de los mensajes (fr por defecto; variable ESCALE_LANG).
cli-arg-escale-json = Resultado en JSON, para los scripts.

cli-about-escale-init = Crea la base de datos cifrada y muestra su clave de recuperación. La clave va al llavero del sistema; si no hay llavero, la protege una frase secreta (escrita, o variable ESCALE_PASSPHRASE).
cli-arg-escale-init-passphrase = Proteger la base de datos con una frase secreta en lugar del llavero.
cli-arg-escale-init-json = Resultado en JSON.

cli-about-escale-recover = Vuelve a abrir la base de datos con la clave de recuperación (computadora nueva, llavero borrado, configuración de la clave perdida, frase secreta olvidada) y luego vuelve a proteger la clave. Clave escrita, o variable ESCALE_RECOVERY_KEY.
cli-arg-escale-recover-passphrase = Proteger después la clave con una nueva frase secreta (escrita, o variable ESCALE_NEW_PASSPHRASE) en lugar del llavero.
cli-about-escale-recovery-sheet = Escribe la hoja de recuperación (una página para imprimir y guardar bajo llave).
cli-arg-escale-recovery-sheet-out = Archivo que escribir (página HTML).
cli-about-escale-key = Protección de la clave de la base de datos.
cli-about-escale-key-protect = Pone la clave en el llavero del sistema o bajo una (nueva) frase secreta. Los datos no se vuelven a cifrar.
cli-arg-escale-key-protect-keyring = Guardar la clave en el llavero del sistema.
cli-arg-escale-key-protect-passphrase = Proteger la clave con una nueva frase secreta (escrita, o variable ESCALE_NEW_PASSPHRASE).
cli-prompt-recovery-key = Clave de recuperación (14 grupos de 4 caracteres):
cli-recovery-key-intro = Esta es la clave de recuperación. Es lo único que vuelve a abrir los datos si se pierde la computadora, el llavero o la frase secreta:
cli-recovery-key-sheet = Imprima la hoja de recuperación («escale recovery-sheet --out fiche.html») y guárdela bajo llave, lejos de la computadora.
cli-recovered-keyring = Base de datos abierta de nuevo con la clave de recuperación. Su clave está ahora en el llavero del sistema.
cli-recovered-passphrase = Base de datos abierta de nuevo con la clave de recuperación. Ahora está protegida por su nueva frase secreta.
cli-recovery-sheet-written = Hoja de recuperación escrita en { $path }. Imprímala, guárdela bajo llave y luego elimine este archivo.
cli-key-moved-to-keyring = La clave está ahora en el llavero del sistema. Los datos no han cambiado.
cli-key-moved-to-passphrase = La clave está ahora protegida por la nueva frase secreta. Los datos no han cambiado.
cli-file-not-written = No se puede escribir el archivo { $path }. No se ha escrito nada.
cli-use-recover = Para volver a abrir sus datos: escale recover.

cli-about-escale-backup = Copias de seguridad cifradas: crear, comprobar, restaurar.
cli-about-escale-backup-create = Escribe una copia de seguridad cifrada de toda la base de datos en una carpeta (una memoria USB). El nombre del archivo lleva la fecha y nada personal; se abre con la clave de recuperación o, si la base de datos está protegida por frase secreta, con la frase secreta de ese día.
cli-arg-escale-backup-create-to = Carpeta donde escribir la copia de seguridad (por ejemplo, la memoria USB).
cli-arg-escale-backup-create-json = Resultado en JSON.
cli-about-escale-backup-verify = Comprueba una copia de seguridad: su estructura y su suma de control y luego, con la clave de recuperación (ESCALE_RECOVERY_KEY) o la frase secreta (ESCALE_PASSPHRASE), su contenido, que Escale abre y cuenta.
cli-arg-escale-backup-verify-file = Archivo de copia de seguridad (.escale-backup).
cli-arg-escale-backup-verify-without_secret = Solo las comprobaciones que no necesitan ningún secreto.
cli-arg-escale-backup-verify-json = Resultado en JSON.
cli-about-escale-backup-restore = Restaura una copia de seguridad en la carpeta de los datos (computadora nueva), después de comprobarla por completo. Clave de recuperación (ESCALE_RECOVERY_KEY) o frase secreta de la copia (ESCALE_PASSPHRASE); si no, se escribe.
cli-arg-escale-backup-restore-file = Archivo de copia de seguridad (.escale-backup).
cli-arg-escale-backup-restore-replace = Reemplazar la base de datos existente: se aparta en la carpeta de los datos, nunca se elimina.
cli-arg-escale-backup-restore-passphrase = Proteger la clave restaurada con una frase secreta (ESCALE_NEW_PASSPHRASE, o la de la copia) en lugar del llavero.
cli-arg-escale-backup-restore-json = Resultado en JSON.
cli-prompt-backup-passphrase = Frase secreta de la base de datos en el momento de la copia:
cli-backup-progress = Copia de seguridad
cli-restore-progress = Restauración
cli-demo-progress = Datos de demostración
cli-deriving-key = Abriendo la base cifrada (derivación de la clave)…
cli-backup-written = Copia de seguridad escrita y comprobada: { $path } ({ $size }).
cli-backup-verified = Copia de seguridad intacta, hecha el { $made }: { $people ->
    [one] { $people } persona
    [many] { $people } personas
   *[other] { $people } personas
}, { $activities ->
    [one] { $activities } actividad
    [many] { $activities } actividades
   *[other] { $activities } actividades
}, { $procedures ->
    [one] { $procedures } trámite
    [many] { $procedures } trámites
   *[other] { $procedures } trámites
}.
cli-backup-structure-verified = Copia de seguridad hecha el { $made }: estructura y suma de control intactas. Su contenido no se ha comprobado (hace falta la clave de recuperación o la frase secreta).
cli-backup-restored = Copia de seguridad del { $made } restaurada: { $people ->
    [one] { $people } persona
    [many] { $people } personas
   *[other] { $people } personas
}, { $activities ->
    [one] { $activities } actividad
    [many] { $activities } actividades
   *[other] { $activities } actividades
}, { $procedures ->
    [one] { $procedures } trámite
    [many] { $procedures } trámites
   *[other] { $procedures } trámites
}.
cli-backup-set-aside = Los datos anteriores están intactos, apartados en { $path }.
cli-backup-secret-needed = Hace falta la clave de recuperación (ESCALE_RECOVERY_KEY) o la frase secreta de la copia (ESCALE_PASSPHRASE). No se ha cambiado nada.

cli-about-escale-demo = Añade datos de demostración realistas.
cli-arg-escale-demo-people = Número de personas que crear.
cli-arg-escale-demo-json = Resultado en JSON.

cli-about-escale-beneficiary = Personas acompañadas: añadir, listar, buscar, mostrar.
cli-about-escale-beneficiary-add = Añade una persona.
cli-arg-escale-beneficiary-add-first_name = Nombre.
cli-arg-escale-beneficiary-add-last_name = Apellidos.
cli-arg-escale-beneficiary-add-latin_first_name = Nombre en letras latinas, como en los papeles franceses, cuando el nombre está escrito en otra escritura.
cli-arg-escale-beneficiary-add-latin_last_name = Apellidos en letras latinas, como en los papeles franceses, cuando los apellidos están escritos en otra escritura.
cli-arg-escale-beneficiary-add-anonymous = Persona anónima (sin nombre, para las estadísticas).
cli-arg-escale-beneficiary-add-accompanied_before = Ya recibió acompañamiento antes (en otro lugar o antes de Escale): ninguno de sus acompañamientos aquí es el primero.
cli-arg-escale-beneficiary-add-birth_year = Año de nacimiento (el grupo de edad se calcula a partir de él).
cli-arg-escale-beneficiary-add-gender = Género: masculin, feminin o non_communique.
cli-arg-escale-beneficiary-add-social_status = Situación: scolarise, sans_emploi, en_emploi, retraite o non_communique.
cli-arg-escale-beneficiary-add-insee = Código INSEE del municipio.
cli-arg-escale-beneficiary-add-postal_code = Código postal (se deduce del código INSEE si falta).
cli-arg-escale-beneficiary-add-commune = Nombre del municipio (se deduce del código INSEE si falta).
cli-arg-escale-beneficiary-add-phone = Teléfono.
cli-arg-escale-beneficiary-add-email = Dirección de correo electrónico.
cli-arg-escale-beneficiary-add-languages = Idioma que habla (código de 2 o 3 letras; opción que se puede repetir).
cli-arg-escale-beneficiary-add-document_language = Idioma de los documentos entregados (fr, en, ar, fa, ps, ti, uk, ru, ro, tr, es, pt).
cli-arg-escale-beneficiary-add-notes = Notas.
cli-arg-escale-beneficiary-add-json = Resultado en JSON.
cli-about-escale-beneficiary-list = Lista las personas por orden alfabético.
cli-arg-escale-beneficiary-list-limit = Número máximo de líneas.
cli-arg-escale-beneficiary-list-json = Resultado en JSON.
cli-about-escale-beneficiary-search = Busca por cualquier parte del nombre, sin tener en cuenta los acentos ni las mayúsculas.
cli-arg-escale-beneficiary-search-query = Comienzo del nombre o de los apellidos, o de ambos.
cli-arg-escale-beneficiary-search-limit = Número máximo de líneas.
cli-arg-escale-beneficiary-search-json = Resultado en JSON.
cli-about-escale-beneficiary-show = Muestra la ficha de una persona, sus acompañamientos y sus trámites.
cli-arg-escale-beneficiary-show-id = Identificador de la persona.
cli-arg-escale-beneficiary-show-json = Resultado en JSON.

cli-about-escale-activity = Acompañamientos y talleres: registrar, listar.
cli-about-escale-activity-add = Registra un acompañamiento individual o un taller grupal.
cli-arg-escale-activity-add-beneficiaries = Identificador de una persona acompañada (se puede repetir para un taller).
cli-arg-escale-activity-add-kind = Tipo: individuel o collectif.
cli-arg-escale-activity-add-date = Fecha (AAAA-MM-DD; hoy por defecto).
cli-arg-escale-activity-add-duration = Duración en minutos.
cli-arg-escale-activity-add-place_type = Canal: lieu_activite, domicile, a_distance o autre.
cli-arg-escale-activity-add-place = Identificador del lugar de actividad (para lieu_activite).
cli-arg-escale-activity-add-insee = Código INSEE del municipio (para domicile y autre).
cli-arg-escale-activity-add-postal_code = Código postal.
cli-arg-escale-activity-add-commune = Nombre del municipio.
cli-arg-escale-activity-add-themes = Tema (código nacional; se puede repetir).
cli-arg-escale-activity-add-equipment = Equipo utilizado (se puede repetir).
cli-arg-escale-activity-add-autonomy = Autonomía: entierement_accompagne, partiellement_autonome o autonome.
cli-arg-escale-activity-add-orientation = Organización a la que se deriva a la persona.
cli-arg-escale-activity-add-procedure_name = Nombre del trámite administrativo.
cli-arg-escale-activity-add-workshop_title = Título del taller.
cli-arg-escale-activity-add-workshop_level = Nivel del taller: debutant, intermediaire o avance.
cli-arg-escale-activity-add-anonymous_total = Número de participantes anónimos (taller).
cli-arg-escale-activity-add-notes = Notas.
cli-arg-escale-activity-add-next_steps = Próximos pasos.
cli-arg-escale-activity-add-json = Resultado en JSON.
cli-about-escale-activity-defaults = Lo que un nuevo registro propone primero: el lugar del día, los temas y las duraciones más usados últimamente.
cli-arg-escale-activity-defaults-kind = Tipo: individuel o collectif.
cli-arg-escale-activity-defaults-json = Resultado en JSON.
cli-defaults-place = Lugar propuesto: { $place }
cli-defaults-place-of-day = { $place } (el { $date })
cli-defaults-themes = Temas, los más usados primero: { $themes }
cli-defaults-durations = Duraciones, las más usadas primero: { $durations }
cli-about-escale-activity-list = Lista las actividades, las más recientes primero.
cli-arg-escale-activity-list-from = A partir de esta fecha (AAAA-MM-DD).
cli-arg-escale-activity-list-to = Hasta esta fecha (AAAA-MM-DD).
cli-arg-escale-activity-list-beneficiary = Solo las de esta persona.
cli-arg-escale-activity-list-limit = Número máximo de líneas.
cli-arg-escale-activity-list-json = Resultado en JSON.

cli-about-escale-procedure = Trámites administrativos en seguimiento: empezar, cambiar el estado, marcar los documentos, volver a abrir, listar.
cli-about-escale-procedure-start = Empieza el seguimiento de un trámite del catálogo, con su lista de documentos.
cli-arg-escale-procedure-start-beneficiary = Identificador de la persona.
cli-arg-escale-procedure-start-kind = Trámite del catálogo (por ejemplo caf_rsa, anef_renouvellement_titre_sejour; vea escale catalogue list).
cli-arg-escale-procedure-start-status = Estado inicial (acceptee para seguir la renovación de un derecho ya obtenido).
cli-arg-escale-procedure-start-on = Día del estado inicial (AAAA-MM-DD), hoy por defecto.
cli-arg-escale-procedure-start-reference = Número de expediente.
cli-arg-escale-procedure-start-deadline = Fecha límite (AAAA-MM-DD).
cli-arg-escale-procedure-start-call_back = Día en que volver a llamar a la persona (AAAA-MM-DD).
cli-arg-escale-procedure-start-notes = Notas.
cli-arg-escale-procedure-start-json = Resultado en JSON.
cli-about-escale-procedure-status = Cambia el estado de un trámite, si la tabla de transiciones lo permite (el anterior se queda en el historial).
cli-arg-escale-procedure-status-id = Identificador del trámite.
cli-arg-escale-procedure-status-status = Nuevo estado: a_faire, en_attente_de_pieces, deposee, en_instruction, acceptee, refusee o abandonnee.
cli-arg-escale-procedure-status-note = Nota sobre este cambio.
cli-arg-escale-procedure-status-on = Día del cambio (AAAA-MM-DD), hoy por defecto.
cli-arg-escale-procedure-status-json = Resultado en JSON.
cli-about-escale-procedure-reopen = Vuelve a abrir un trámite cerrado (aceptado, rechazado o abandonado), con una nota que diga por qué.
cli-arg-escale-procedure-reopen-id = Identificador del trámite.
cli-arg-escale-procedure-reopen-note = Por qué se vuelve a abrir el trámite (obligatorio).
cli-arg-escale-procedure-reopen-status = Estado después de la reapertura.
cli-arg-escale-procedure-reopen-on = Día de la reapertura (AAAA-MM-DD), hoy por defecto.
cli-arg-escale-procedure-reopen-json = Resultado en JSON.
cli-about-escale-procedure-check = Marca un documento del trámite: traído, falta o no hace falta.
cli-arg-escale-procedure-check-id = Identificador del trámite.
cli-arg-escale-procedure-check-document = Documento del catálogo (por ejemplo rib, avis_imposition).
cli-arg-escale-procedure-check-state = Estado del documento: brought, missing o not_needed.
cli-arg-escale-procedure-check-json = Resultado en JSON.
cli-about-escale-procedure-recurrence-done = Anota que la declaración o la renovación prevista está hecha; la siguiente se calcula.
cli-arg-escale-procedure-recurrence-done-id = Identificador del trámite.
cli-arg-escale-procedure-recurrence-done-on = Día en que se hizo (AAAA-MM-DD), hoy por defecto.
cli-arg-escale-procedure-recurrence-done-json = Resultado en JSON.
cli-about-escale-procedure-edit = Modifica el número de expediente, las fechas o las notas de un trámite.
cli-arg-escale-procedure-edit-id = Identificador del trámite.
cli-arg-escale-procedure-edit-reference = Número de expediente.
cli-arg-escale-procedure-edit-deadline = Fecha límite (AAAA-MM-DD).
cli-arg-escale-procedure-edit-renewal = Fecha de la próxima renovación o de la próxima declaración (AAAA-MM-DD).
cli-arg-escale-procedure-edit-call_back = Día en que volver a llamar a la persona (AAAA-MM-DD).
cli-arg-escale-procedure-edit-clear = Fecha que borrar (se puede repetir): deadline, renewal o call-back.
cli-arg-escale-procedure-edit-notes = Notas.
cli-arg-escale-procedure-edit-json = Resultado en JSON.
cli-about-escale-procedure-link = Vincula un acompañamiento de la persona al trámite.
cli-arg-escale-procedure-link-id = Identificador del trámite.
cli-arg-escale-procedure-link-activity = Identificador del acompañamiento.
cli-arg-escale-procedure-link-unlink = Quita el vínculo en lugar de crearlo.
cli-arg-escale-procedure-link-json = Resultado en JSON.
cli-about-escale-procedure-show = Muestra un trámite: estado, fechas, documentos, historial, acompañamientos vinculados.
cli-arg-escale-procedure-show-id = Identificador del trámite.
cli-arg-escale-procedure-show-json = Resultado en JSON.
cli-about-escale-procedure-list = Lista los trámites, con la fecha límite más cercana primero.
cli-arg-escale-procedure-list-beneficiary = Solo los de esta persona.
cli-arg-escale-procedure-list-json = Resultado en JSON.
cli-about-escale-catalogue = El catálogo de trámites: listar, añadir los propios de la organización, ocultar los que no se usan.
cli-about-escale-catalogue-list = Lista los trámites disponibles.
cli-arg-escale-catalogue-list-all = También los trámites ocultos y retirados.
cli-arg-escale-catalogue-list-json = Resultado en JSON.
cli-about-escale-catalogue-add = Añade un trámite propio de la organización.
cli-arg-escale-catalogue-add-label = Nombre del trámite.
cli-arg-escale-catalogue-add-theme = Tema administrativo (por ejemplo social_sante, logement).
cli-arg-escale-catalogue-add-organisation = Organismo que gestiona el trámite, de la lista del catálogo (por ejemplo caf, mairie).
cli-arg-escale-catalogue-add-documents = Documento que se pide, del catálogo (se puede repetir).
cli-arg-escale-catalogue-add-delay = Plazo habitual de respuesta, en días.
cli-arg-escale-catalogue-add-json = Resultado en JSON.
cli-about-escale-catalogue-hide = Oculta un trámite del catálogo (los trámites ya empezados se quedan).
cli-arg-escale-catalogue-hide-id = Identificador del trámite del catálogo.
cli-arg-escale-catalogue-hide-json = Resultado en JSON.
cli-about-escale-catalogue-show = Vuelve a proponer un trámite oculto.
cli-arg-escale-catalogue-show-id = Identificador del trámite del catálogo.
cli-arg-escale-catalogue-show-json = Resultado en JSON.
cli-about-escale-follow-up = Pendientes: con retraso, hoy y en los próximos 7 días (fechas límite, renovaciones, declaraciones, trámites bloqueados, llamadas).
cli-arg-escale-follow-up-on = El día que se toma como referencia (AAAA-MM-DD), hoy por defecto.
cli-arg-escale-follow-up-count = Solo el número de elementos.
cli-arg-escale-follow-up-json = Resultado en JSON.

cli-about-escale-consent = Consentimientos de una persona: registrar, retirar, listar.
cli-about-escale-consent-record = Registra el consentimiento de una persona.
cli-arg-escale-consent-record-beneficiary = Identificador de la persona.
cli-arg-escale-consent-record-method = Cómo dio su consentimiento: oral o signed_form (formulario firmado).
cli-arg-escale-consent-record-purposes = Finalidad aceptada (se puede repetir): file_follow_up, administrative_procedures, contact_reminders o partner_referral.
cli-arg-escale-consent-record-date = Fecha del consentimiento (AAAA-MM-DD; hoy por defecto).
cli-arg-escale-consent-record-json = Resultado en JSON.
cli-about-escale-consent-withdraw = Registra la retirada de un consentimiento (el consentimiento se queda como prueba).
cli-arg-escale-consent-withdraw-id = Identificador del consentimiento.
cli-arg-escale-consent-withdraw-date = Fecha de la retirada (AAAA-MM-DD; hoy por defecto).
cli-arg-escale-consent-withdraw-json = Resultado en JSON.
cli-about-escale-consent-list = Lista los consentimientos de una persona, el más reciente primero.
cli-arg-escale-consent-list-beneficiary = Identificador de la persona.
cli-arg-escale-consent-list-json = Resultado en JSON.

cli-about-escale-person = Derechos de una persona: copia de sus datos, borrado.
cli-about-escale-person-export = Escribe todo lo que Escale contiene sobre una persona: un documento legible en su idioma, o JSON.
cli-arg-escale-person-export-id = Identificador de la persona.
cli-arg-escale-person-export-out = Archivo que escribir (solo su cuenta podrá leerlo).
cli-arg-escale-person-export-json = Escribir el archivo en JSON en lugar de texto legible.
cli-about-escale-person-erase = Borra para siempre la identidad, los datos de contacto y las notas de una persona; sus acompañamientos se quedan, anónimos, para las estadísticas.
cli-arg-escale-person-erase-id = Identificador de la persona.
cli-arg-escale-person-erase-yes = Borrar sin pedir confirmación (para los scripts).
cli-arg-escale-person-erase-preview = Mostrar solo lo que se borraría, sin cambiar nada.
cli-arg-escale-person-erase-json = Resultado en JSON.

cli-about-escale-retention = Plazo de conservación de los expedientes: ver, cambiar, previsualizar, aplicar.
cli-about-escale-retention-show = Muestra el plazo de conservación.
cli-arg-escale-retention-show-json = Resultado en JSON.
cli-about-escale-retention-set = Cambia el plazo de conservación (de 1 a 120 meses después del último acompañamiento).
cli-arg-escale-retention-set-months = Número de meses.
cli-arg-escale-retention-set-json = Resultado en JSON.
cli-about-escale-retention-preview = Lista los expedientes que se anonimizarían en una fecha, y desde cuándo corresponde hacerlo.
cli-arg-escale-retention-preview-on = Fecha (AAAA-MM-DD; hoy por defecto).
cli-arg-escale-retention-preview-json = Resultado en JSON.
cli-about-escale-retention-apply = Anonimiza ahora los expedientes cuyo plazo de conservación ha vencido.
cli-arg-escale-retention-apply-json = Resultado en JSON.

cli-about-escale-audit = Registro de accesos: quién consultó o modificó qué expediente, y cuándo.
cli-about-escale-audit-list = Lista el registro, lo más reciente primero.
cli-arg-escale-audit-list-person = Solo lo que se refiere al expediente de esta persona.
cli-arg-escale-audit-list-limit = Número máximo de líneas.
cli-arg-escale-audit-list-offset = Líneas que saltar (para leer la página siguiente).
cli-arg-escale-audit-list-json = Resultado en JSON.

cli-prompt-passphrase = Frase secreta:
cli-prompt-new-passphrase = Nueva frase secreta (10 caracteres como mínimo):
cli-prompt-repeat-passphrase = Repita la frase secreta:
cli-passphrases-differ = Las dos frases secretas son distintas. No se ha creado nada.
cli-initialised-keyring = Base de datos cifrada creada en { $path }. Su clave está en el llavero del sistema.
cli-initialised-passphrase = Base de datos cifrada creada en { $path }. Está protegida por su frase secreta: sin ella, los datos se pierden.
cli-demo-done = Datos de demostración añadidos: { $people } personas, { $activities } actividades (de ellas, { $workshops } talleres), { $procedures } trámites.
cli-nobody-found = Nadie coincide.
cli-procedure-dates = Expediente: { $reference } · fecha límite: { $deadline } · renovación: { $renewal } · llamada: { $callBack }
cli-procedure-linked-activity = Acompañamiento vinculado: { $id } ({ $date })
cli-catalogue-hidden = (oculto)
cli-catalogue-retired = (retirado)
cli-follow-up-overdue = Con retraso ({ $count })
cli-follow-up-today = Hoy ({ $count })
cli-follow-up-week = En los próximos 7 días ({ $count })
cli-follow-up-nothing = Nada pendiente por ahora.
cli-follow-up-count = Pendientes: { $overdue } con retraso, { $today } hoy, { $week } en los próximos 7 días.
cli-anonymous-person = Persona anónima
cli-beneficiary-details = { $birthYear ->
    [none] Año de nacimiento desconocido
   *[other] Año de nacimiento: { $birthYear } ({ $ageBand })
} · { $gender } · { $commune } · documentos en { $documentLanguage }
cli-output-failed = No se puede escribir el resultado.
cli-consent-withdrawn-on = retirado el { $date }
cli-export-written = Datos de la persona escritos en { $path }. Este archivo no está cifrado: entrégueselo a la persona y luego elimínelo.
cli-erase-preview-title = Borrado del expediente { $name } ({ $id }):
cli-erase-preview-fields = se borrarán: { $fields };
cli-erase-preview-no-fields = no hay ningún campo de identidad ni de contacto completado;
cli-erase-preview-texts = se vaciarán: { $accompaniments ->
    [0] ninguna nota de acompañamiento
    [one] las notas de un acompañamiento
    [many] las notas de { $accompaniments } acompañamientos
   *[other] las notas de { $accompaniments } acompañamientos
}, { $procedures ->
    [0] ningún número ni nota de trámite
    [one] el número y las notas de un trámite
    [many] los números y las notas de { $procedures } trámites
   *[other] los números y las notas de { $procedures } trámites
}, { $statusNotes ->
    [0] ninguna nota de cambio de estado
    [one] una nota de cambio de estado
    [many] { $statusNotes } notas de cambio de estado
   *[other] { $statusNotes } notas de cambio de estado
};
cli-erase-preview-kept = se conservarán, sin nombre, para las estadísticas: { $accompaniments ->
    [0] ningún acompañamiento
    [one] un acompañamiento
    [many] { $accompaniments } acompañamientos
   *[other] { $accompaniments } acompañamientos
}, { $procedures ->
    [0] ningún trámite
    [one] un trámite (tipo, estado, fecha límite)
    [many] { $procedures } trámites (tipo, estado, fecha límite)
   *[other] { $procedures } trámites (tipo, estado, fecha límite)
}, { $consents ->
    [0] ningún consentimiento
    [one] un consentimiento
    [many] { $consents } consentimientos
   *[other] { $consents } consentimientos
}, así como el año de nacimiento, el género, la situación y el municipio.
cli-erase-confirm = Este borrado es definitivo. Escriba «{ $word }» para confirmar:
cli-erase-confirm-word = borrar
cli-erase-cancelled = No se ha borrado nada.
cli-erase-needs-confirmation = El borrado es definitivo y no se ha borrado nada: ejecute el comando en un terminal para ver lo que se borrará y confirmar, o añada --yes.
cli-erase-done = La identidad, los datos de contacto y las notas del expediente { $id } se han borrado.
cli-erase-log-busy = Otro programa está leyendo la base de datos: quedan copias antiguas en su diario de escritura hasta que el último programa la cierre.
cli-retention-months = { $months ->
    [one] Plazo de conservación: 1 mes después del último acompañamiento.
    [many] Plazo de conservación: { $months } meses después del último acompañamiento.
   *[other] Plazo de conservación: { $months } meses después del último acompañamiento.
}
cli-retention-nobody-due = Ningún expediente que anonimizar en esa fecha.
cli-retention-applied = { $anonymised ->
    [0] Ningún expediente anonimizado
    [one] Un expediente anonimizado
    [many] { $anonymised } expedientes anonimizados
   *[other] { $anonymised } expedientes anonimizados
} (conservación: { $months } meses); { $pruned ->
    [0] ninguna línea antigua del registro eliminada
    [one] una línea antigua del registro eliminada
    [many] { $pruned } líneas antiguas del registro eliminadas
   *[other] { $pruned } líneas antiguas del registro eliminadas
}.
cli-audit-empty = El registro está vacío.
cli-audit-more = Hay más líneas: --offset { $offset }.

## Varios mediadores en una misma computadora
cli-arg-escale-mediator = El mediador cuyos datos se abren, cuando varios guardan datos en esta computadora (vea «escale mediator list»).
cli-about-escale-mediator = Los mediadores que guardan sus datos en esta computadora, cada uno en su base de datos, bajo su propia frase secreta.
cli-about-escale-mediator-list = Lista los mediadores de esta computadora.
cli-arg-escale-mediator-list-json = Resultado en JSON.
cli-about-escale-mediator-add = Añade un mediador: una nueva base de datos, protegida por su frase secreta (escrita, o variable ESCALE_NEW_PASSPHRASE).
cli-arg-escale-mediator-add-name = El nombre que se muestra en la lista de mediadores.
cli-arg-escale-mediator-add-json = Resultado en JSON.
cli-about-escale-mediator-rename = Cambia el nombre de un mediador en la lista.
cli-arg-escale-mediator-rename-id = El identificador del mediador (vea «escale mediator list»).
cli-arg-escale-mediator-rename-name = El nuevo nombre.
cli-arg-escale-mediator-rename-json = Resultado en JSON.
cli-mediator-none = Todavía ningún mediador tiene datos en esta computadora.
cli-mediator-unnamed = (sin nombre)
cli-mediator-line = { $id }  { $name }  { $protection ->
        [keyring] llavero del sistema
        [passphrase] frase secreta
       *[other] protección desconocida: use la clave de recuperación
    }
cli-mediator-added = Mediador añadido. Abra sus datos con «--mediator { $id }».
cli-mediator-choose = Varios mediadores guardan sus datos en esta computadora. Elija el suyo con «--mediator ID» (la lista: «escale mediator list»).
