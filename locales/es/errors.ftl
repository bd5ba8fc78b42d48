# Mensajes de error: error-<código>, donde <código> es el código estable del error (crates/escale-core/src/error.rs).
# Escritos para la persona que usa Escale: qué falla y qué hacer.

error-not-found = { $entity ->
        [mediator] Ningún mediador de esta computadora tiene este identificador (vea la lista de mediadores).
        [place] Este lugar de actividad no existe o se ha archivado.
        [partner] Este organismo asociado no existe o se ha archivado.
       *[other] Esta ficha no existe o se ha eliminado.
    }
error-wrong-key = La clave o la frase secreta no corresponde a esta base de datos. No se ha cambiado nada.
error-not-initialised = No hay ninguna base de datos de Escale en { $path }. Créela primero («escale init»).
error-already-initialised = Ya existe una base de datos de Escale en { $path }. No se ha cambiado nada.
error-passphrase-required = Se necesita una frase secreta para abrir esta base de datos.
error-passphrase-too-short = La frase secreta debe tener al menos { $min } caracteres.
error-keyring-unavailable = El llavero del sistema no responde. Use una frase secreta en su lugar.
error-key-missing-from-keyring = El llavero del sistema no tiene la clave de esta base de datos (¿otra cuenta u otra computadora?). Use la hoja de recuperación.
error-store-locked = La base de datos está bloqueada. Desbloquéela para continuar.
error-schema-too-new = Esta base de datos se creó con una versión más reciente de Escale. Actualice Escale.
error-database-busy = Otro programa está usando la base de datos. Vuelva a intentarlo dentro de un momento.
error-disk-full = El disco está lleno: lo último que escribió no se ha guardado; lo anterior está intacto. Libere espacio (papelera, descargas) y vuelva a intentarlo.
error-database-corrupt = El archivo de la base de datos está dañado (error del disco o copia interrumpida). Escale no ha escrito nada en él. Restaure una copia de seguridad y guarde este archivo para un técnico.
error-read-only = Escale no puede escribir en la carpeta de sus datos (memoria USB protegida, disco de solo lectura o permisos insuficientes). No se ha guardado nada. Revise la carpeta o pida ayuda.
error-file-error = No se puede leer ni escribir el archivo { $path }. Revise el espacio en disco y los permisos.
error-storage-error = Error de la base de datos. No se ha guardado nada.
error-key-settings-damaged = El archivo de configuración de la clave está dañado, y su copia también. Sus datos están intactos: ábralos con la clave de recuperación.
error-key-settings-missing = La configuración de la clave de esta base de datos ha desaparecido. Sus datos están intactos: ábralos con la clave de recuperación impresa en la hoja de recuperación.
error-key-settings-too-new = La configuración de la clave la escribió una versión más reciente de Escale (formato { $format }). Actualice Escale. No se ha cambiado nada.
error-wrong-passphrase = Esa no es la frase secreta correcta. No se ha cambiado nada.
error-recovery-key-mistyped = La clave de recuperación tiene un error de escritura. Revise cada grupo de 4 caracteres.
error-no-randomness = El sistema no ha dado números aleatorios para crear una clave. Reinicie la computadora y vuelva a intentarlo.
error-pin-not-set = No se ha elegido ningún código PIN. Elija uno en la configuración de seguridad.
error-pin-settings-damaged = No se puede leer el código PIN guardado. Desbloquee con la frase secreta o la clave de recuperación y luego elija un código PIN nuevo.
error-already-erased = La identidad, los datos de contacto y las notas de esta persona ya se han borrado.

# Copias de seguridad
error-not-a-backup = Este archivo no es una copia de seguridad de Escale. Elija un archivo que termine en «.escale-backup». No se ha cambiado nada.
error-backup-truncated = Esta copia de seguridad está incompleta: la copia se interrumpió o la memoria USB se retiró demasiado pronto. Use otra copia de seguridad. Sus datos actuales no han cambiado.
error-backup-damaged = Esta copia de seguridad está dañada o se ha modificado después de crearla: Escale no la usará. Use otra copia de seguridad. Sus datos actuales no han cambiado.
error-backup-too-new = Esta copia de seguridad se hizo con una versión más reciente de Escale. Actualice Escale y vuelva a intentarlo. No se ha cambiado nada.
error-backup-wrong-secret = Esta clave de recuperación o esta frase secreta no abre esta copia de seguridad. Revísela: debe ser la que tenía la base de datos en el momento de la copia. No se ha cambiado nada.
error-backup-needs-recovery-key = Esta copia de seguridad se abre con la clave de recuperación (impresa en la hoja de recuperación), no con una frase secreta. No se ha cambiado nada.
error-backup-cancelled = Copia de seguridad cancelada. No ha quedado ningún archivo de copia.
error-work-cancelled = Cancelado: no se ha cambiado nada.
error-restore-over-existing-data = Ya existe una base de datos de Escale en { $path }. Para reemplazarla por la copia de seguridad, pídalo de forma expresa: la base de datos actual se apartará en esa carpeta, nunca se eliminará. No se ha cambiado nada.
error-restore-interrupted = La restauración se detuvo a medias. Sus datos anteriores están intactos en la carpeta { $path }. No elimine nada y pida ayuda.

error-name-required = Indique un nombre o un apellido.
error-birth-year-out-of-range = El año de nacimiento debe estar entre 1900 y { $max }.
error-insee-code-invalid = El código INSEE del municipio debe tener 5 caracteres.
error-postal-code-invalid = El código postal debe tener 5 cifras.
error-commune-unknown = Ningún municipio tiene el código INSEE { $code }. Elija el municipio en la lista.
error-postal-code-not-of-commune = El código postal { $postalCode } no es el de este municipio. Elija el municipio en la lista.
error-email-invalid = La dirección de correo electrónico no es válida.
error-phone-invalid = El número de teléfono no es válido.
error-language-invalid = Código de idioma desconocido: { $code }.
error-unknown-code = Valor desconocido «{ $code }» para el campo { $field }.
error-too-long = Este texto es demasiado largo ({ $max } caracteres como máximo).
error-not-in-latin-letters = Escriba este nombre en letras latinas, como en los papeles franceses.
error-theme-required = Elija al menos un tema.
error-administrative-theme-without-procedure-help = Los temas administrativos van con «Ayuda con trámites administrativos»: márquelo también.
error-procedure-name-without-procedure-help = El nombre del trámite va con el tema «Ayuda con trámites administrativos».
error-place-required = Elija el lugar de actividad.
error-commune-required = Indique el municipio donde tuvo lugar el acompañamiento.
error-duration-out-of-range = La duración debe estar entre 1 minuto y 24 horas.
error-date-in-future = La fecha no puede ser futura.
error-individual-needs-one-beneficiary = Un acompañamiento individual es para una sola persona, exactamente.
error-workshop-needs-participants = Un taller tiene al menos un participante con ficha o un número de participantes anónimos.
error-anonymous-count-exceeds-total = { $group ->
    [alreadyAccompanied] Hay más participantes ya acompañados antes que participantes anónimos en total.
    [gender] El reparto por género supera el total de participantes anónimos.
    [ageBand] El reparto por grupo de edad supera el total de participantes anónimos.
    [socialStatus] El reparto por situación supera el total de participantes anónimos.
   *[other] Los repartos de los participantes anónimos superan su total.
}
error-anonymous-total-too-large = Un taller tiene como máximo { $max } participantes anónimos.
error-field-not-applicable = Este campo no corresponde a este tipo de actividad.
error-duplicate-participant = Esta persona aparece dos veces entre los participantes.
error-status-unchanged = El trámite ya tiene este estado.
error-date-invalid = Esta fecha no es válida.
error-pin-invalid = El código PIN tiene de 4 a 12 cifras.
error-idle-minutes-out-of-range = El tiempo para el bloqueo va de 1 a { $max } minutos.
error-consent-purpose-required = Elija al menos una finalidad que la persona acepte.
error-withdrawal-before-consent = La retirada no puede tener una fecha anterior al consentimiento.
error-consent-already-withdrawn = Este consentimiento ya se ha retirado.
error-retention-out-of-range = El plazo de conservación debe estar entre { $min } y { $max } meses.
error-mediator-not-chosen = Varios mediadores guardan sus datos en esta computadora. Elija el suyo.
error-keyring-shared-by-mediators = Varios mediadores usan esta computadora: cada uno protege sus datos con su propia frase secreta. El llavero del sistema ya no basta, porque cualquier persona que use esta sesión de la computadora puede leerlo.
error-mediator-name-required = Indique el nombre del mediador o de la mediadora.
error-control-characters = Este campo contiene caracteres invisibles que no se pueden guardar. Vuelva a escribir el texto.
error-status-transition-not-allowed = El trámite no puede pasar directamente de su estado actual a este.
error-procedure-closed = Este trámite está cerrado: para cambiar su estado, vuelva a abrirlo con una nota que diga por qué.
error-procedure-not-closed = Solo se puede volver a abrir un trámite cerrado (aceptado, rechazado o abandonado).
error-reopen-note-required = Escriba en una nota por qué se vuelve a abrir el trámite.
error-date-before-previous-step = Esta etapa no puede tener una fecha anterior a la etapa previa ({ $date }).
error-no-recurrence-due = Este trámite no tiene ninguna declaración ni renovación pendiente.
error-activity-not-of-this-person = Este acompañamiento no es de la persona del trámite.
error-catalogue-label-required = Ponga un nombre al trámite.
error-theme-not-administrative = Elija un tema administrativo.
error-delay-out-of-range = El plazo habitual va de 1 a { $max } días.
error-entity-name-required = { $entity ->
        [structure] Indique el nombre de la organización.
        [place] Indique el nombre del lugar de actividad.
       *[partner] Indique el nombre del organismo asociado.
    }
error-siret-invalid = Un número SIRET tiene 14 cifras (se permiten espacios entre los grupos).
error-siret-mistyped = Este número SIRET no existe: seguramente hay una cifra mal copiada. Compruébelo en un documento de la organización (avis de situation del Insee, recibo de sueldo, factura).
error-stored-value-unreadable = Un dato guardado no se puede volver a leer ({ $entity } { $id }): está dañado o lo escribió una versión más reciente de Escale.

# Guardar un archivo (un documento impreso) en la carpeta elegida.
error-save-folder-not-writable = No se puede guardar en la carpeta { $path }: no existe, está protegida contra escritura (memoria USB bloqueada) o no le pertenece. No se ha guardado nada. Elija otra carpeta.
error-save-disk-full = No queda espacio en el disco o en la memoria USB de la carpeta { $path }: el archivo no se ha guardado y no ha quedado nada en ella. Libere espacio o elija otra carpeta.
error-document-not-rendered = Escale no ha podido crear este documento (error interno). No se ha guardado nada. Vuelva a intentarlo o avise del problema.

# Errores que no vienen del núcleo.
error-unexpected = Se ha producido un error inesperado. No se ha guardado nada.
error-command-failed = La operación se detuvo de forma inesperada. No se ha guardado nada. Vuelva a intentarlo.
error-merge-with-itself = No se puede fusionar una ficha consigo misma. Elija otra ficha.
error-value-not-understood = { $fieldId ->
    [gender] Género no reconocido: escriba F, M o N (femenino, masculino, no comunicado).
    [birthYear] Año de nacimiento no reconocido: escriba un año de cuatro cifras (1970) o una fecha (12/03/1970).
   *[other] Valor no reconocido.
}
